import { useMemo } from 'react'
import { eventMatcher } from '../../filters/match.ts'
import { eventOutletCounts, sortEvents } from '../../filters/select-events.ts'
import { useEventRows } from '../../lib/use-event-rows.ts'
import { useFilters } from '../../filters/use-filters.ts'
import { topicNeed } from '../../filters/filters.ts'
import { useProviders, useStoryIndex } from '../../lib/use-story-index.ts'
import { useSearchEvents } from '../../search/use-search.ts'
import { EventRowView } from './event-row.tsx'
import { ListView } from './list-view.tsx'
import { RowList } from './row-list.tsx'
import type { EventRow } from '../../content/types.ts'

/**
 * The list grouped by event (`?group=event`): one row per event, filtered by its articles.
 * A module of its own, loaded when grouping is chosen: the first screen never pays for it.
 */
const eventKey = (row: EventRow) => `event:${row.id}`

export default function EventList() {
  const { filters, update } = useFilters()
  // The index serves a search's filters only: a topic's spellings need the topics then.
  const { manifest, index, error, retry } = useStoryIndex(true, filters.q ? topicNeed(filters) : 'none')
  const providers = useProviders()
  const events = useEventRows(true)
  // The words searched for find an event through any of its stories.
  const found = useSearchEvents(filters, index, events.rows)
  const textEvents = found.events
  const visible = useMemo(
    () => (filters.q && !textEvents ? undefined : sortEvents(events.rows.filter(eventMatcher(filters, { textEvents })), filters.sort)),
    [events.rows, filters, textEvents],
  )
  const facet = useMemo(() => eventOutletCounts(events.rows, filters, textEvents), [events.rows, filters, textEvents])
  const bar = { filters, update, facet }
  if (!manifest) return null
  return (
    <ListView
      noun="events"
      shown={visible?.length}
      total={manifest.eventChunks.reduce((n, c) => n + c.count, 0)}
      loaded={visible !== undefined && events.complete && !found.isPlaceholderData}
      bar={bar}
      error={error ?? events.error ?? found.error}
      onRetry={() => {
        retry()
        events.retry()
        if (found.error) found.retry()
      }}
    >
      {visible && (
        <RowList rows={visible} keyOf={eventKey}>
          {(row) => <EventRowView row={row} providers={providers.byDomain} />}
        </RowList>
      )}
    </ListView>
  )
}
