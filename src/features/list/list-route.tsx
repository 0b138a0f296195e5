import { useMemo } from 'react'
import { FilterBar } from '../../components/filter-bar.tsx'
import { LoadError } from '../../components/load-error.tsx'
import { ensureFirstScreen } from '../../lib/content-queries.ts'
import { eventMatcher, eventProviderFacet, eventsMatchingText, sortEvents } from '../../lib/event-filters.ts'
import { matcher, providerFacet, sortRows } from '../../lib/filters.ts'
import { queryClient } from '../../lib/query-client.ts'
import { hasActiveFilters } from '../../lib/url-state.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useEventRows } from '../../lib/use-event-rows.ts'
import { useFilters } from '../../lib/use-filters.ts'
import { useExcerpts, useIndexRows, useProviders } from '../../lib/use-index-rows.ts'
import { EventRowView } from './event-row.tsx'
import { StoryRow } from './story-row.tsx'
import { VirtualList } from './virtual-list.tsx'

export async function loader() {
  await ensureFirstScreen(queryClient)
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

export function Component() {
  useDocumentTitle(undefined)
  const { filters, update, clear } = useFilters()
  const { manifest, rows, complete, error, retry } = useIndexRows()
  const providers = useProviders()
  const grouped = filters.groupByEvent
  const events = useEventRows(grouped)
  const { excerpts, loading: searching } = useExcerpts(!!filters.q)
  const visible = useMemo(() => {
    if (grouped) return []
    const matching = rows.filter(matcher(filters, { excerpts }))
    // Rows arrive newest first: only other orders need a sort.
    return filters.sort === 'newest' ? matching : sortRows(matching, filters.sort)
  }, [grouped, rows, filters, excerpts])
  // Grouped, the words searched for find an event through its headline or any of its stories.
  const textEvents = useMemo(() => (grouped ? eventsMatchingText(rows, filters.q, excerpts) : undefined), [grouped, rows, filters.q, excerpts])
  const visibleEvents = useMemo(
    () => (grouped ? sortEvents(events.rows.filter(eventMatcher(filters, { textEvents })), filters.sort) : []),
    [grouped, events.rows, filters, textEvents],
  )
  const facet = useMemo(
    () => (grouped ? eventProviderFacet(events.rows, filters, textEvents) : providerFacet(rows, filters, excerpts)),
    [grouped, events.rows, rows, filters, excerpts, textEvents],
  )
  if (!manifest) return null

  const filtered = hasActiveFilters(filters)
  const loaded = grouped ? complete && events.complete : complete
  const shown = grouped ? visibleEvents.length : visible.length
  const total = grouped ? manifest.eventChunks.reduce((n, c) => n + c.count, 0) : manifest.storyCount
  const noun = grouped ? 'events' : 'stories'
  const loadError = error ?? (grouped ? events.error : null)
  return (
    <section aria-labelledby="list-title" className="list-view">
      <h1 id="list-title">{grouped ? 'Events' : 'Stories'}</h1>
      <FilterBar manifest={manifest} providers={providers.list} filters={filters} facet={facet} update={update} />
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {filtered || !loaded ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}` : `${total.toLocaleString()} ${noun}`}
          {(!loaded || searching) && !loadError && ' (loading…)'}
        </p>
        {filtered && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {loadError && (
        <LoadError
          what={`some of the ${noun}`}
          error={loadError}
          onRetry={() => {
            retry()
            events.retry()
          }}
        />
      )}
      {shown === 0 && loaded ? (
        <div className="empty">
          <p>No {noun} match these filters.</p>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : grouped ? (
        <VirtualList rows={visibleEvents} keyOf={(e) => `event:${e.id}`}>
          {(row) => <EventRowView row={row} providers={providers.byDomain} />}
        </VirtualList>
      ) : (
        <VirtualList rows={visible} keyOf={(r) => r.id}>
          {(row) => <StoryRow row={row} provider={providers.byDomain.get(row.provider)} />}
        </VirtualList>
      )}
      <p className="keys-hint meta">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> comes back.
      </p>
    </section>
  )
}
