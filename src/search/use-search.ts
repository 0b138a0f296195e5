import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { eventsOfStories, outletCounts, rankedRows, topicCounts } from '../filters/select-stories.ts'
import type { Filters } from '../filters/filters.ts'
import { storyEventsQuery } from '../lib/content-queries.ts'
import type { StoryIndex } from '../lib/story-index.ts'
import type { EventRow } from '../content/types.ts'

// A search is one more filter on the story index: the engine says which stories hold the
// words (`useWordMatches`), and the list's own selection, orders and counts do the rest.

// The engine module loads with the first search, never with the list.
const engine = () => import('./engine.ts')

/** The stories holding the words of `q`, best first, as a set too; the previous answer stays on screen while the next one runs. */
export function useWordMatches(q: string | undefined) {
  return useQuery({
    queryKey: ['search', 'words', q],
    queryFn: async () => {
      const { positions } = await (await engine()).matchWords(q!)
      return { positions, has: membership(positions) }
    },
    enabled: !!q,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}

/** Membership of positions as a test (a bit per story would need the story count up front). */
function membership(positions: Uint32Array): (i: number) => boolean {
  const set = new Set(positions)
  return (i) => set.has(i)
}

/**
 * The stories matching the words and every filter, in the chosen order (relevance: the
 * engine's). Undefined until the words' matches and the story index are in.
 */
export function useSearch(filters: Filters, index: StoryIndex | undefined) {
  const words = useWordMatches(filters.q)
  const positions = useMemo(() => (words.data && index ? rankedRows(index, filters, words.data.positions) : undefined), [words.data, index, filters])
  return { positions, isPlaceholderData: words.isPlaceholderData, error: words.error, isError: words.isError, refetch: words.refetch }
}

/** Stories per outlet under the other filters (and the words searched for), for the outlet panel. */
export function useOutletFacet(filters: Filters, index: StoryIndex | undefined) {
  const words = useWordMatches(filters.q)
  return useMemo(() => (index && (!filters.q || words.data) ? outletCounts(index, filters, words.data?.has) : undefined), [filters, words.data, index])
}

/**
 * Stories per topic under the other filters (and the words), for the topic filter once it
 * has been reached: every topic in corpus order, once the index has the topics (see `topicNeed`).
 */
export function useTopicFacet(filters: Filters, index: StoryIndex | undefined) {
  const words = useWordMatches(filters.q)
  return useMemo(() => (index?.hasTopics && (!filters.q || words.data) ? topicCounts(index, filters, words.data?.has) : undefined), [filters, words.data, index])
}

/**
 * The events (of `rows`, the grouped list's rows in order) with a story matching the words
 * and every filter: a search finds an event through any of its stories. Undefined without
 * a query, and until the words, the index and each story's event are in.
 */
export function useSearchEvents(filters: Filters, index: StoryIndex | undefined, rows: readonly EventRow[]) {
  const words = useWordMatches(filters.q)
  const storyEvents = useQuery({ ...storyEventsQuery(), enabled: !!filters.q })
  const events = useMemo(
    () => (words.data && index && storyEvents.data ? eventsOfStories(index, filters, words.data.positions, storyEvents.data, rows) : undefined),
    [words.data, index, storyEvents.data, filters, rows],
  )
  return { events, isPlaceholderData: words.isPlaceholderData, error: words.error ?? storyEvents.error, retry: () => void (words.refetch(), storyEvents.refetch()) }
}
