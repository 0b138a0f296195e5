import { useId, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { manifestQuery } from '../../lib/content-queries.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { filterSummary } from '../../filters/summary.ts'
import { STANDINGS } from '../../shared/quality.ts'
import { applyBox, boxExample } from '../../filters/query-syntax.ts'
import type { Filters } from '../../filters/filters.ts'
import { CheckFilter } from './check-filter.tsx'
import { DateRange } from './date-range.tsx'
import { FilterChips } from './filter-chips.tsx'
import { MinimumSelect } from './minimum-select.tsx'
import { ProviderPicker } from './provider-picker.tsx'
import { SearchBox } from './search-box.tsx'
import { SortSelect } from './sort-select.tsx'
import { TopicSelect } from './topic-select.tsx'

const OUTLET_STEPS = [2, 3, 5, 10, 20]
const QUALITY_STEPS = [30, 40, 50, 60, 70, 80, 90, 100, 120]

export interface FilterBarProps {
  filters: Filters
  update: (patch: Partial<Filters>, options?: { replace?: boolean }) => void
  /** Stories (or events) per outlet under the other filters; undefined while not known. */
  facet: Map<string, number> | undefined
  /** The topic filter was reached (a search counts its topics from then on). */
  onTopicsOpen?: () => void
  /** Stories per topic under the other filters; without it, the topics are listed without counts. */
  topicFacet?: { name: string; count: number }[]
  showSort?: boolean
  /** What grouping by event means in this view. */
  groupLabel?: string
}

/** The search box, the chips of the filters set, and one control per filter (folded on a phone). */
export function FilterBar({ filters, facet, update, showSort = true, groupLabel = 'Group by event', onTopicsOpen, topicFacet }: FilterBarProps) {
  const id = useId()
  // Both are in before a view with filters shows (its loader waits for the manifest).
  const { data: manifest } = useQuery(manifestQuery())
  const { list: providers, byDomain } = useProviders()
  const [unfolded, setUnfolded] = useState(false)
  const toggleFold = () => {
    setUnfolded(!unfolded)
    // On a phone a tap opens the topic picker at once: its counts start loading with the fold.
    if (!unfolded) onTopicsOpen?.()
  }
  const chips = filterSummary(filters, (d) => byDomain.get(d)?.name ?? d)
  // Each outlet counts, as each is a chip; grouping counts too, as it changes what is listed.
  const active = chips.length + (filters.groupByEvent ? 1 : 0)
  const qualitySteps = manifest?.qualitySteps?.length ? manifest.qualitySteps : QUALITY_STEPS

  return (
    <form className="filter-bar" role="search" aria-label="Filter stories" onSubmit={(e) => e.preventDefault()}>
      <SearchBox
        value={filters.q ?? ''}
        // The largest outlet first in providers.json; the middle quality step.
        example={boxExample({ outlet: providers?.[0]?.domain, span: manifest?.dateRange, qualityStep: manifest?.qualitySteps?.[1] ?? manifest?.qualitySteps?.[0] })}
        onChange={(text, replace) => update(applyBox(text, filters), { replace })}
      />
      <FilterChips chips={chips} onRemove={update} />
      {/* On a phone the filters fold behind this button, so the first screen shows stories. */}
      <button type="button" className="filters-toggle" aria-expanded={unfolded} aria-controls={`${id}-controls`} onClick={toggleFold}>
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      <div id={`${id}-controls`} className={unfolded ? 'filter-controls' : 'filter-controls folded'}>
        <ProviderPicker providers={providers} selected={filters.providers} facet={facet} onChange={(providers) => update({ providers })} />
        {/* Grouped, the counts would be stories, not events: the topics are listed without. */}
        <TopicSelect
          id={`${id}-topic`}
          value={filters.topic}
          topics={(!filters.groupByEvent && topicFacet) || manifest?.topics || []}
          counted={!filters.groupByEvent && !!topicFacet}
          onOpen={onTopicsOpen}
          onChange={(topic) => update({ topic })}
        />
        <DateRange id={id} from={filters.from} to={filters.to} span={manifest?.dateRange} onChange={update} />
        {/* Steps from this corpus's scores: "Top 10 % (74+)", not raw numbers. */}
        <MinimumSelect
          id={`${id}-quality`}
          label="Quality"
          value={filters.minQuality}
          steps={qualitySteps}
          format={(q) => {
            const at = manifest?.qualitySteps?.indexOf(q) ?? -1
            return at >= 0 ? `${STANDINGS[at].label} (${q}+)` : `${q}+`
          }}
          onChange={(minQuality) => update({ minQuality })}
        />
        {showSort && <SortSelect id={`${id}-sort`} filters={filters} heatShown={manifest?.heatShown !== false} onChange={(sort) => update({ sort })} />}
        <MinimumSelect
          id={`${id}-outlets`}
          label="Covered by"
          value={filters.minOutlets}
          // Only steps some event reaches: "20+ outlets" where the widest event has 5 finds nothing.
          steps={OUTLET_STEPS.filter((n) => n <= (manifest?.widestEvent ?? Infinity))}
          format={(n) => `${n}+ outlets`}
          onChange={(minOutlets) => update({ minOutlets })}
        />
        <div className="filter-checks">
          <CheckFilter checked={filters.publishedOnly} onChange={(publishedOnly) => update({ publishedOnly })} label="Only stories still on their source site" />
          {/* The grouped views show events, which are not read or unread. */}
          {!filters.groupByEvent && <CheckFilter checked={filters.unread} onChange={(unread) => update({ unread })} label="Unread only" />}
          <CheckFilter checked={filters.groupByEvent} onChange={(groupByEvent) => update({ groupByEvent })} label={groupLabel} />
        </div>
      </div>
    </form>
  )
}
