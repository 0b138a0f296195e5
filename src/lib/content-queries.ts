import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { EventRow, ExternalArticle, IndexRow, Manifest, ProviderList, TimelineData } from '../content/types.ts'
import { fetchData } from './data.ts'

// Query options for the corpus-wide data the list and the timeline share. Keys are
// hierarchical (['content', ...]) so one invalidation refreshes everything.

/** Always emitted: the first screen fetches it alongside the manifest, not after it. */
export const FIRST_CHUNK = 'index/0.json'

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['content', 'manifest'],
    queryFn: ({ signal }) => fetchData<Manifest>('manifest.json', signal),
  })

export const providersQuery = () =>
  queryOptions({
    queryKey: ['content', 'providers'],
    queryFn: ({ signal }) => fetchData<ProviderList>('providers.json', signal),
  })

export const timelineQuery = () =>
  queryOptions({
    queryKey: ['content', 'timeline'],
    queryFn: ({ signal }) => fetchData<TimelineData>('timeline.json', signal),
  })

export const indexChunkQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'index', file],
    queryFn: ({ signal }) => fetchData<IndexRow[]>(file, signal),
  })

export const searchChunkQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'search', file],
    queryFn: ({ signal }) => fetchData<string[]>(file, signal),
  })

export const eventChunkQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'events', file],
    queryFn: ({ signal }) => fetchData<EventRow[]>(file, signal),
  })

export const externalMonthQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'external', file],
    queryFn: ({ signal }) => fetchData<ExternalArticle[]>(file, signal),
  })

/** What the list and the timeline wait for before they show: the manifest and the newest rows, together. */
export async function ensureFirstScreen(client: QueryClient) {
  void client.prefetchQuery(providersQuery())
  await Promise.all([client.ensureQueryData(manifestQuery()), client.ensureQueryData(indexChunkQuery(FIRST_CHUNK))])
}
