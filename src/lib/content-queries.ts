import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { EventRow, ExternalArticle, IndexRow, Manifest, OutletStanding, ProviderList, Story, StoryColumns, StoryTopics, TimelineData } from '../content/types.ts'
import { fetchData, fetchPageData } from './data.ts'
import { DATA_FILES, rowPageFile, storyPage } from '../content/paths.ts'

// Query options for the corpus-wide data the list and the timeline share. Keys are
// hierarchical (['content', ...]) so one invalidation refreshes everything.


export const storyQuery = (id: string) =>
  queryOptions({
    queryKey: ['content', 'story', id],
    queryFn: ({ signal }) => fetchPageData<Story>(storyPage(id), signal),
  })

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['content', 'manifest'],
    queryFn: ({ signal }) => fetchData<Manifest>(DATA_FILES.manifest, signal),
  })

export const providersQuery = () =>
  queryOptions({
    queryKey: ['content', 'providers'],
    queryFn: ({ signal }) => fetchData<ProviderList>(DATA_FILES.providers, signal),
  })

/** Every outlet with its standing in events (the outlets page). */
export const outletsQuery = () =>
  queryOptions({
    queryKey: ['content', 'outlets'],
    queryFn: ({ signal }) => fetchData<OutletStanding[]>(DATA_FILES.outlets, signal),
  })

export const timelineQuery = () =>
  queryOptions({
    queryKey: ['content', 'timeline'],
    queryFn: ({ signal }) => fetchData<TimelineData>(DATA_FILES.timeline, signal),
  })

/** Every story as a few numbers: what filters, sorts and counts run on. */
export const columnsQuery = () =>
  queryOptions({
    queryKey: ['content', 'columns'],
    queryFn: ({ signal }) => fetchData<StoryColumns>(DATA_FILES.columns, signal),
  })

/** Every story's topics: fetched only for a topic filter or the topic counts. */
export const topicsQuery = () =>
  queryOptions({
    queryKey: ['content', 'topics'],
    queryFn: ({ signal }) => fetchData<StoryTopics>(DATA_FILES.topics, signal),
  })

/** Every story's key (`storyKey(id)`) in list order: fetched only to filter by read marks. */
export const keysQuery = () =>
  queryOptions({
    queryKey: ['content', 'keys'],
    queryFn: ({ signal }) => fetchData<number[]>(DATA_FILES.keys, signal),
  })

/** Each story's event, as its place in the grouped list's rows (`story-events.json`): for a search grouped by event. */
export const storyEventsQuery = () =>
  queryOptions({
    queryKey: ['content', 'story-events'],
    queryFn: ({ signal }) => fetchData<number[]>(DATA_FILES.storyEvents, signal),
  })

/** One page of list rows (`rows/<n>.json`); page 0 is always there. */
export const rowPageQuery = (page: number) =>
  queryOptions({
    queryKey: ['content', 'rows', page],
    queryFn: ({ signal }) => fetchData<IndexRow[]>(rowPageFile(page), signal),
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
  await Promise.all([client.ensureQueryData(manifestQuery()), client.ensureQueryData(rowPageQuery(0))])
}
