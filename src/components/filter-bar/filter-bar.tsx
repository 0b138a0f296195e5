import { lazy, Suspense, useId, useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { manifestQuery } from '../../lib/content-queries.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { useMediaQuery } from '../../lib/use-media-query.ts'
import { filterSummary } from '../../filters/summary.ts'
import { applyBox, boxExample } from '../../filters/query-syntax.ts'
import type { Filters } from '../../filters/filters.ts'
import { FilterChips } from './filter-chips.tsx'
import { SearchBox } from './search-box.tsx'

const FilterControls = lazy(() => import('./filter-controls.tsx'))

/** Where the controls stop folding (styles.css's `.filter-controls.folded`). */
const WIDE = '(min-width: 37.5001rem)'

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
  // The controls load when they show: a phone shows them once unfolded.
  const shown = useMediaQuery(WIDE) || unfolded

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
        {shown && (
          <Suspense fallback={<div className="filter-controls-loading" />}>
            <FilterControls id={id} filters={filters} facet={facet} update={update} showSort={showSort} groupLabel={groupLabel} onTopicsOpen={onTopicsOpen} topicFacet={topicFacet} />
          </Suspense>
        )}
      </div>
    </form>
  )
}
