import { lazy, Suspense, useMemo } from 'react'
import { ensureFirstScreen, keysQuery } from '../../lib/content-queries.ts'
import { markRead } from '../../lib/reader-memory.ts'
import { useUnreadOnly } from '../../lib/use-reader-memory.ts'
import { queryClient } from '../../lib/query-client.ts'
import { selectRows } from '../../filters/select-stories.ts'
import { isFiltered } from '../../filters/summary.ts'
import { type Filters } from '../../filters/filters.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useFilters } from '../../filters/use-filters.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { useSearch } from '../../search/use-search.ts'
import { useFilterBar } from '../../components/filter-bar/use-filter-bar.ts'
import { ListView } from './list-view.tsx'
import { PagedStoryRow } from './paged-row.tsx'
import { SearchRow } from '../../components/search-row.tsx'
import { RowList } from './row-list.tsx'

// Loaded when first needed: the grouped list when grouping is chosen (a result row's
// marking loads with the first search: see use-mark-words).
const EventList = lazy(() => import('./event-list.tsx'))

export async function loader() {
  await ensureFirstScreen(queryClient)
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

export function Component() {
  useDocumentTitle(undefined)
  const { filters } = useFilters()
  return filters.groupByEvent ? (
    <Suspense fallback={null}>
      <EventList />
    </Suspense>
  ) : (
    <StoryList />
  )
}

/** No filter and newest first: the list's own order, known before the story index arrives. */
/** A story's list position is its key (see RowListProps). */
const positionKey = (position: number) => position

const inListOrder = (f: Filters) => !isFiltered(f) && f.sort === 'newest'

/** The stories: by their positions in the list's order (row pages hold them), or a search's results. */
function StoryList() {
  const { filters, manifest, index, error, retry, bar } = useFilterBar()
  const providers = useProviders()
  const searching = !!filters.q
  const search = useSearch(filters, index)
  const selected = useMemo(() => {
    if (searching) return search.positions
    if (!manifest) return undefined
    if (index) return selectRows(index, filters)
    return inListOrder(filters) ? Uint32Array.from({ length: manifest.storyCount }, (_, i) => i) : undefined
  }, [searching, search.positions, manifest, index, filters])
  const unreadOnly = useUnreadOnly(filters.unread)
  const { unread } = unreadOnly
  const positions = useMemo(() => (unread === null ? selected : unread && selected?.filter(unread)), [selected, unread])
  if (!manifest) return null

  // Every story of the list (or of the search), not only those on screen.
  const markAllRead = async () => {
    if (!positions) return
    const all = await queryClient.fetchQuery(keysQuery())
    markRead(Array.from(positions, (p) => all[p]))
  }
  const shown = positions?.length
  return (
    <ListView
      noun="stories"
      shown={shown}
      total={manifest.storyCount}
      loaded={shown !== undefined && !search.isPlaceholderData}
      bar={bar}
      onMarkAllRead={markAllRead}
      error={error ?? search.error ?? unreadOnly.error}
      onRetry={() => {
        retry()
        if (search.isError) void search.refetch()
        if (unreadOnly.error) unreadOnly.retry()
      }}
    >
      {searching ? (
        positions && (
        <RowList rows={positions} keyOf={positionKey}>
          {(position) => (
            <SearchRow position={position} pageSize={manifest.pageSize} q={filters.q ?? ''} providers={providers.byDomain} />
          )}
        </RowList>
        )
      ) : (
        positions && (
          <RowList rows={positions} keyOf={positionKey}>
            {(position) => <PagedStoryRow position={position} pageSize={manifest.pageSize} providers={providers.byDomain} />}
          </RowList>
        )
      )}
    </ListView>
  )
}
