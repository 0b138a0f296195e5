import { useId, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { LISTED_TOPICS } from '../content/types.ts'
import { manifestQuery } from '../lib/content-queries.ts'
import { useProviders } from '../lib/use-story-index.ts'
import { filterSummary } from '../lib/filter-summary.ts'
import { STANDINGS } from '../lib/quality.ts'
import { applyBox } from '../lib/query-syntax.ts'
import { sortFor, type Filters, type Sort } from '../lib/url-state.ts'
import { ProviderPicker } from './provider-picker.tsx'
import { SearchBox } from './search-box.tsx'

const SORT_LABELS: Record<Sort, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first', quality: 'Quality', heat: 'Heat', coverage: 'Most outlets' }
/** Events have no heat score of their own. */
const EVENT_SORTS: Sort[] = ['newest', 'oldest', 'quality', 'coverage']
const OUTLET_STEPS = [2, 3, 5, 10, 20]
const QUALITY_STEPS = [30, 40, 50, 60, 70, 80, 90, 100, 120]

interface Props {
  filters: Filters
  /** Stories per provider under the other filters; undefined while not known. */
  facet: Map<string, number> | undefined
  /** The outlet panel was opened: its counts are wanted (a search fetches them only then). */
  onProvidersOpen?: () => void
  /** The topic filter was reached (a search counts its topics from then on). */
  onTopicsOpen?: () => void
  update: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  showSort?: boolean
  /** What grouping by event means in this view. */
  groupLabel?: string
  /** Stories per topic under the other filters; without it, the topics are listed without counts. */
  topicFacet?: { name: string; count: number }[]
}

export function FilterBar({ filters, facet, update, showSort = true, groupLabel = 'Group by event', onProvidersOpen, onTopicsOpen, topicFacet }: Props) {
  const id = useId()
  // Both are in before a view with filters shows (its loader waits for the manifest).
  const { data: manifest } = useQuery(manifestQuery())
  const { list: providers } = useProviders()
  const range = manifest?.dateRange
  const minDay = range?.from.slice(0, 10)
  const maxDay = range?.to.slice(0, 10)
  const [unfolded, setUnfolded] = useState(false)
  const toggleFold = () => {
    setUnfolded(!unfolded)
    // On a phone a tap opens the topic picker at once: its counts start loading with the fold.
    if (!unfolded) onTopicsOpen?.()
  }
  const active = activeFilterCount(filters)

  return (
    <form className="filter-bar" role="search" aria-label="Filter stories" onSubmit={(e) => e.preventDefault()}>
      <SearchBox value={filters.q ?? ''} onChange={(text, replace) => update(applyBox(text, filters), { replace })} />
      <FilterChips filters={filters} update={update} />
      {/* On a phone the filters fold behind this button, so the first screen shows stories. */}
      <button type="button" className="filters-toggle" aria-expanded={unfolded} aria-controls={`${id}-controls`} onClick={toggleFold}>
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      <div id={`${id}-controls`} className={unfolded ? 'filter-controls' : 'filter-controls folded'}>
        <ProviderPicker
          providers={providers}
          selected={filters.providers}
          facet={facet}
          onChange={(providers) => update({ providers })}
          onOpen={onProvidersOpen}
        />
        {/* Grouped, the counts would be stories, not events: the topics are listed without. */}
        <TopicSelect
          id={`${id}-topic`}
          value={filters.topic}
          topics={(!filters.groupByEvent && topicFacet) || manifest?.topics || []}
          counted={!filters.groupByEvent && !!topicFacet}
          onOpen={onTopicsOpen}
          onChange={(topic) => update({ topic })}
        />
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" min={minDay} max={maxDay} value={filters.from ?? ''} onChange={(e) => update({ from: e.target.value || undefined })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" min={minDay} max={maxDay} value={filters.to ?? ''} onChange={(e) => update({ to: e.target.value || undefined })} />
        </div>
        {/* Steps from this corpus's scores: "Top 10 % (74+)", not raw numbers. */}
        <MinimumSelect
          id={`${id}-quality`}
          label="Quality"
          value={filters.minQuality}
          steps={manifest?.qualitySteps?.length ? manifest.qualitySteps : QUALITY_STEPS}
          format={(q) => {
            const at = manifest?.qualitySteps?.indexOf(q) ?? -1
            return at >= 0 ? `${STANDINGS[at].label} (${q}+)` : `${q}+`
          }}
          onChange={(minQuality) => update({ minQuality })}
        />
        {showSort && (
          <div className="field">
            <label htmlFor={`${id}-sort`}>Sort</label>
            <select id={`${id}-sort`} value={filters.sort} onChange={(e) => update({ sort: e.target.value as Sort })}>
              {Object.entries(SORT_LABELS)
                // Heat is gone where it tells nothing (absent, or equal to quality everywhere).
                .filter(([value]) => value !== 'heat' || manifest?.heatShown !== false)
                .filter(([value]) => (!filters.groupByEvent || EVENT_SORTS.includes(value as Sort)) && sortFor(value as Sort, filters.q, filters.groupByEvent) === value)
                .map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
        <MinimumSelect
          id={`${id}-outlets`}
          label="Covered by"
          value={filters.minOutlets}
          // Only steps some event reaches: "20+ outlets" where the widest event has 5 finds nothing.
          steps={OUTLET_STEPS.filter((n) => n <= (manifest?.widestEvent ?? Infinity))}
          format={(n) => `${n}+ outlets`}
          onChange={(minOutlets) => update({ minOutlets })}
        />
        <label className="check">
          <input type="checkbox" checked={filters.publishedOnly} onChange={(e) => update({ publishedOnly: e.target.checked })} />
          Only stories still on their source site
        </label>
        {/* The grouped views show events, and a search's results carry no story keys. */}
        {!filters.groupByEvent && !filters.q && (
          <label className="check">
            <input type="checkbox" checked={filters.unread} onChange={(e) => update({ unread: e.target.checked })} />
            Unread only
          </label>
        )}
        <label className="check">
          <input type="checkbox" checked={filters.groupByEvent} onChange={(e) => update({ groupByEvent: e.target.checked })} />
          {groupLabel}
        </label>
      </div>
    </form>
  )
}

/** The topic filter, with each topic's stories under the other filters when known; hidden for a corpus without topics. */
function TopicSelect(props: {
  id: string
  value: string | undefined
  topics: { name: string; count: number }[]
  counted: boolean
  onOpen?: () => void
  onChange: (topic: string | undefined) => void
}) {
  const { id, value, topics, counted, onOpen, onChange } = props
  if (topics.length === 0 && !value) return null
  const known = topics.find((t) => t.name.toLowerCase() === value?.toLowerCase())
  // The most common are offered; a rarer one, reached by a story's topic link, joins them while chosen.
  const listed = topics.slice(0, LISTED_TOPICS)
  if (known && !listed.includes(known)) listed.push(known)
  return (
    <div className="field">
      <label htmlFor={id}>Topic</label>
      <select id={id} value={known?.name ?? value ?? ''} onFocus={onOpen} onPointerEnter={onOpen} onPointerDown={onOpen} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">Any topic</option>
        {value && !known && <option value={value}>{counted ? `${value} (0)` : value}</option>}
        {listed.map((t) => (
          <option key={t.name} value={t.name}>
            {counted ? `${t.name} (${t.count.toLocaleString()})` : t.name}
          </option>
        ))}
      </select>
    </div>
  )
}

/** A "this much or more" filter: its steps, and the URL's value if it is not one of them. */
function MinimumSelect(props: { id: string; label: string; value: number | undefined; steps: number[]; format: (n: number) => string; onChange: (value: number | undefined) => void }) {
  const { id, label, value, steps, format, onChange } = props
  const options = [...new Set([...steps, ...(value !== undefined ? [value] : [])])].sort((a, b) => a - b)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
        <option value="">Any</option>
        {options.map((n) => (
          <option key={n} value={n}>
            {format(n)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Filters set besides the words searched for (each outlet counts, as each is a chip), and grouping. */
export function activeFilterCount(f: Filters): number {
  return filterSummary(f, (domain) => domain).length + (f.groupByEvent ? 1 : 0)
}

/** The active filters in words ("Outlet: Gizmodo"), as chips that remove them. */
function FilterChips({ filters, update }: { filters: Filters; update: Props['update'] }) {
  const { byDomain } = useProviders()
  const chips = filterSummary(filters, (d) => byDomain.get(d)?.name ?? d)
  if (chips.length === 0) return null
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map(([label, remove]) => (
        <li key={label}>
          <button type="button" aria-label={`Remove ${label}`} onClick={() => update(remove)}>
            {label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
