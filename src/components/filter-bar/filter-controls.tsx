import { useQuery } from '@tanstack/react-query'
import { manifestQuery } from '../../lib/content-queries.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { STANDINGS } from '../../shared/quality.ts'
import { CheckFilter } from './check-filter.tsx'
import { DateRange } from './date-range.tsx'
import type { FilterBarProps } from './filter-bar.tsx'
import { MinimumSelect } from './minimum-select.tsx'
import { ProviderPicker } from './provider-picker.tsx'
import { SortSelect } from './sort-select.tsx'
import { TopicSelect } from './topic-select.tsx'

const OUTLET_STEPS = [2, 3, 5, 10, 20]
const QUALITY_STEPS = [30, 40, 50, 60, 70, 80, 90, 100, 120]

/**
 * One control per filter: the filter bar's part a phone folds away, in a chunk of its own,
 * loaded when it is shown (at once on a wide screen, on unfolding on a phone).
 */
export default function FilterControls({ id, filters, facet, update, showSort = true, groupLabel = 'Group by event', onTopicsOpen, topicFacet }: FilterBarProps & { id: string }) {
  const { data: manifest } = useQuery(manifestQuery())
  const { list: providers } = useProviders()
  const qualitySteps = manifest?.qualitySteps?.length ? manifest.qualitySteps : QUALITY_STEPS
  return (
    <>
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
    </>
  )
}
