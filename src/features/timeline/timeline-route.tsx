import { useMemo, useRef, useState } from 'react'
import { useWidth } from './use-width.ts'
import { FilterBar } from '../../components/filter-bar/filter-bar.tsx'
import { LoadError } from '../../components/load-error.tsx'
import { useQuery } from '@tanstack/react-query'
import { ensureFirstScreen, timelineQuery } from '../../lib/content-queries.ts'
import { formatDate } from '../../lib/format.ts'
import { queryClient } from '../../lib/query-client.ts'
import { bucketize, chooseUnit } from './buckets.ts'
import { isFiltered, rangeLabel } from '../../filters/summary.ts'
import { type Filters } from '../../filters/filters.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { type StoryIndex } from '../../lib/story-index.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import type { ProviderList, TimelineData } from '../../content/types.ts'
import { useFilterBar } from '../../components/filter-bar/use-filter-bar.ts'
import { EventBars } from './event-bars.tsx'
import { Histogram } from './histogram.tsx'
import { groupByDay, TimelineEntry } from './timeline-entry.tsx'
import { useTimelineItems } from './use-timeline-items.ts'
import { useItemKeys } from './use-item-keys.ts'

const PAGE = 200
/** A search's stories each cost a small fetch: fewer at a time. */
const SEARCH_PAGE = 50

export async function loader() {
  await Promise.all([ensureFirstScreen(queryClient), queryClient.ensureQueryData(timelineQuery())])
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

export function Component() {
  useDocumentTitle('Timeline')
  const { filters, update, clear, manifest, index, error, retry, bar } = useFilterBar()
  const providers = useProviders()
  const { data: timeline } = useQuery(timelineQuery())
  if (!manifest || !timeline) return null
  return (
    <section aria-labelledby="timeline-title" className="timeline-view">
      <h1 id="timeline-title">Timeline</h1>
      <FilterBar {...bar} showSort={false} groupLabel="Show events as bars" />
      <label className="check">
        <input type="checkbox" checked={filters.related} onChange={(e) => update({ related: e.target.checked })} />
        Include related articles (those the stories list, from other outlets)
      </label>
      {error && <LoadError what="some of the stories" error={error} onRetry={retry} />}
      <TimelineBody
        // A search pages by fewer stories: its page size starts afresh.
        key={filters.q ? 'search' : 'all'}
        timeline={timeline}
        index={index}
        pageSize={manifest.pageSize}
        providers={providers.byDomain}
        filters={filters}
        update={update}
        clear={clear}
      />
    </section>
  )
}

interface BodyProps {
  timeline: TimelineData
  index: StoryIndex | undefined
  pageSize: number
  providers: Map<string, ProviderList[number]>
  filters: Filters
  update: ReturnType<typeof useFilterBar>['update']
  clear: () => void
}

function TimelineBody({ timeline, index, pageSize, providers, filters, update, clear }: BodyProps) {
  const page = filters.q ? SEARCH_PAGE : PAGE
  const [limit, setLimit] = useState(page)
  const { items = [], found, days, externalHeldBack, loading, error, retry } = useTimelineItems(timeline, index, filters)
  const dayKeys = Object.keys(days)
  const first = dayKeys.reduce((a, b) => (a < b ? a : b), dayKeys[0] ?? '')
  const last = dayKeys.reduce((a, b) => (a > b ? a : b), dayKeys[0] ?? '')
  // Bars of at least 24 px (a tappable width, with their 2 px gaps) in the width there is.
  const [chart, width] = useWidth<HTMLDivElement>()
  const unit = first ? chooseUnit(first, last, width ? Math.max(1, Math.floor((width + 2) / 26)) : Infinity) : 'day'
  const buckets = useMemo(() => (first ? bucketize(days, first, last, unit) : []), [days, first, last, unit])
  const groups = groupByDay(items.slice(0, limit))
  const entries = useRef<HTMLDivElement>(null)
  useItemKeys(entries)

  return (
    <>
      <div ref={chart}>
        {buckets.length > 0 && <Histogram buckets={buckets} unit={unit} noun={filters.related ? 'articles' : 'stories'} labels={width ? Math.max(2, Math.min(4, Math.floor(width / 105))) : 4} from={filters.from} to={filters.to} onSelect={(range) => update(range)} />}
      </div>
      {error && <LoadError what="the related articles" error={error} onRetry={retry} />}
      {externalHeldBack > 0 && (
        <p className="meta">
          {externalHeldBack.toLocaleString()} related articles fall in this period: choose a shorter one (a bar, or From and To) to
          include them.
        </p>
      )}
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {found !== undefined && `${found.toLocaleString()} ${found === 1 ? 'story' : 'stories'} found · `}
          {items.length.toLocaleString()} {filters.related ? (items.length === 1 ? 'article' : 'articles') : items.length === 1 ? 'story' : 'stories'}
          {rangeLabel(filters)}
          {loading && ' (loading…)'}
        </p>
        {(isFiltered(filters) || !!filters.q) && (items.length > 0 || loading) && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {filters.groupByEvent ? (
        <EventBars index={index} filters={filters} />
      ) : items.length === 0 && !loading ? (
        <div className="empty">
          <p>Nothing in the timeline matches these filters.</p>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : (
        <div ref={entries}>
          {groups.map(([day, dayItems]) => (
            <section key={day} className="timeline-day" aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`}>
                <time dateTime={day}>{formatDate(day + 'T12:00:00Z')}</time>
              </h2>
              <ul>
                {dayItems.map((item) => (
                  <TimelineEntry
                    key={item.kind === 'story' ? item.position : item.article.webUrl}
                    item={item}
                    providers={providers}
                    pageSize={pageSize}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
      {!filters.groupByEvent && Math.max(items.length, found ?? 0) > limit && (
        <button type="button" onClick={() => setLimit(limit + page)}>
          Show more ({(Math.max(items.length, found ?? 0) - limit).toLocaleString()} left)
        </button>
      )}
    </>
  )
}
