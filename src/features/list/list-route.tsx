import { lazy, Suspense, useMemo } from 'react'
import { FilterBar } from '../../components/filter-bar.tsx'
import { LoadError } from '../../components/load-error.tsx'
import { ensureFirstScreen } from '../../lib/content-queries.ts'
import { eventMatcher, eventProviderFacet, sortEvents } from '../../lib/event-filters.ts'
import { queryClient } from '../../lib/query-client.ts'
import { selectRows } from '../../lib/story-index.ts'
import { hasActiveFilters, type Filters } from '../../lib/url-state.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useEventRows } from '../../lib/use-event-rows.ts'
import { useFilters } from '../../lib/use-filters.ts'
import { useProviders, useStoryIndex } from '../../lib/use-story-index.ts'
import { useOutletFacet, useSearch, useSearchCounts } from '../search/use-search.ts'
import { EventRowView } from './event-row.tsx'
import { PagedStoryRow } from './paged-row.tsx'
import { RowPlaceholder } from './row-placeholder.tsx'
import { VirtualList } from './virtual-list.tsx'

// A result row (and its highlighting) loads with the first search.
const SearchRow = lazy(() => import('../search/search-row.tsx').then((m) => ({ default: m.SearchRow })))

export async function loader() {
  await ensureFirstScreen(queryClient)
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

/** Newest first with no filter: the list's own order, known before the story index arrives. */
const needsIndex = (f: Filters) => hasActiveFilters(f) || f.sort !== 'newest'

export function Component() {
  useDocumentTitle(undefined)
  const { filters, update, clear } = useFilters()
  const { manifest, index, error, retry } = useStoryIndex()
  const providers = useProviders()
  const grouped = filters.groupByEvent
  const searching = !!filters.q
  const events = useEventRows(grouped)
  const search = useSearch(filters, index, !grouped)
  const textEvents = useSearchCounts(filters, index, 'event', grouped)
  const outlets = useOutletFacet(filters, index, !grouped)

  // Stories: positions in the list's order (row pages hold them), or a search's results.
  const positions = useMemo(() => {
    if (grouped || searching || !manifest) return undefined
    if (index) return selectRows(index, filters)
    return needsIndex(filters) ? undefined : Uint32Array.from({ length: manifest.storyCount }, (_, i) => i)
  }, [grouped, searching, manifest, index, filters])
  const visibleEvents = useMemo(() => {
    if (!grouped || (searching && !textEvents.data)) return undefined
    const text = textEvents.data ? new Set(textEvents.data.keys()) : undefined
    return sortEvents(events.rows.filter(eventMatcher(filters, { textEvents: text })), filters.sort)
  }, [grouped, searching, events.rows, filters, textEvents.data])
  const facet = useMemo(() => {
    if (grouped) return eventProviderFacet(events.rows, filters, textEvents.data ? new Set(textEvents.data.keys()) : undefined)
    return outlets.facet
  }, [grouped, events.rows, filters, textEvents.data, outlets.facet])
  if (!manifest) return null

  const filtered = hasActiveFilters(filters)
  const results = searching && !grouped ? search.data?.results : undefined
  const shown = grouped ? visibleEvents?.length : searching ? results?.length : positions?.length
  const loaded = shown !== undefined && (!grouped || events.complete) && !search.isPlaceholderData && !textEvents.isPlaceholderData
  const total = grouped ? manifest.eventChunks.reduce((n, c) => n + c.count, 0) : manifest.storyCount
  const noun = grouped ? 'events' : 'stories'
  const loadError = error ?? (grouped ? events.error : null) ?? search.error ?? textEvents.error
  return (
    <section aria-labelledby="list-title" className="list-view">
      <h1 id="list-title">{grouped ? 'Events' : 'Stories'}</h1>
      <FilterBar filters={filters} update={update} facet={facet} onProvidersOpen={outlets.onOpen} />
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {shown === undefined ? '' : filtered ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}` : `${total.toLocaleString()} ${noun}`}
          {!loaded && !loadError && (shown === undefined ? 'Loading…' : ' (loading…)')}
        </p>
        {filtered && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {loadError && (
        <LoadError
          what={searching ? 'the search' : `some of the ${noun}`}
          error={loadError}
          onRetry={() => {
            retry()
            events.retry()
            if (search.isError) void search.refetch()
            if (textEvents.isError) void textEvents.refetch()
          }}
        />
      )}
      {shown === 0 && loaded ? (
        <div className="empty">
          <p>{searching ? `Nothing matches “${filters.q}”${filtered && hasOtherFilters(filters) ? ' with these filters' : ''}.` : `No ${noun} match these filters.`}</p>
          {searching && hasOtherFilters(filters) && (
            <button type="button" onClick={() => update({ providers: [], from: undefined, to: undefined, minQuality: undefined, publishedOnly: false, minOutlets: undefined })}>
              Search without the filters
            </button>
          )}{' '}
          <button type="button" onClick={clear}>
            {searching ? 'Clear the search and filters' : 'Clear filters'}
          </button>
        </div>
      ) : grouped ? (
        visibleEvents && (
          <VirtualList rows={visibleEvents} keyOf={(e) => `event:${e.id}`}>
            {(row) => <EventRowView row={row} providers={providers.byDomain} />}
          </VirtualList>
        )
      ) : results ? (
        <VirtualList rows={results} keyOf={(r) => `result:${r.id}`}>
          {(result) => (
            <Suspense fallback={<RowPlaceholder />}>
              <SearchRow result={result} q={filters.q ?? ''} providers={providers.byDomain} />
            </Suspense>
          )}
        </VirtualList>
      ) : (
        positions && (
          <VirtualList rows={positions} keyOf={(p) => `row:${p}`}>
            {(position) => <PagedStoryRow position={position} pageSize={manifest.pageSize} providers={providers.byDomain} />}
          </VirtualList>
        )
      )}
      <p className="keys-hint meta">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> comes back.
      </p>
    </section>
  )
}

function hasOtherFilters(f: Filters): boolean {
  return hasActiveFilters({ ...f, q: undefined })
}
