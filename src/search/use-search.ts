import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { outletCounts, topicCounts } from '../filters/select-stories.ts'
import { type StoryIndex } from '../lib/story-index.ts'
import { filtersToParams } from '../filters/url-state.ts'
import { type Filters } from '../filters/filters.ts'
import { countedUnder, type CountedFilter } from '../filters/match.ts'
import { needsIndex } from './engine-filters.ts'
import type { SearchResult } from './results.ts'

// The engine module loads with the first search, never with the list.
const engine = () => import('./engine.ts')

/** The search's key: the filters that change its answer, canonically. */
const keyOf = (filters: Filters) => filtersToParams({ ...filters, groupByEvent: false, related: true }).toString()

/**
 * The stories matching the text query and the filters, ranked; only while there is a query
 * and the story index is in (ranges become its values). The previous answer stays on
 * screen while the next one runs, so typing never blanks the list.
 */
export function useSearch(filters: Filters, index: StoryIndex | undefined) {
  return useQuery({
    queryKey: ['search', 'stories', keyOf(filters)],
    queryFn: async () => (await engine()).searchStories(filters, index),
    // Ranges need the story index (their values); a plain query does not wait for it.
    enabled: !!filters.q && (!!index || !needsIndex(filters)),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}

/**
 * Results per day, outlet or event for a query (the timeline's histogram, the outlet
 * counts, the grouped list), only while `active`.
 */
export function useSearchCounts(filters: Filters, index: StoryIndex | undefined, facet: CountedFilter, active: boolean) {
  return useQuery({
    queryKey: ['search', facet, keyOf(countedUnder(filters, facet))],
    queryFn: async () => (await engine()).searchCounts(filters, index, facet),
    enabled: active && !!filters.q && (!!index || !needsIndex(filters)),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}

/** One result's fragment (its row and text): fetched only when its row is on screen. */
export const fragmentQuery = (result: SearchResult, q: string) =>
  // The engine fills a fragment's match locations for the query it answered: key by both.
  queryOptions({ queryKey: ['search', 'fragment', q, result.id], queryFn: result.data, staleTime: Infinity })

/**
 * Stories per outlet under the other filters, for the outlet panel: from the story
 * columns, or for a search from the engine, once the panel has been opened (the outlet
 * filter's part of the index is not worth loading before).
 */
export function useOutletFacet(filters: Filters, index: StoryIndex | undefined) {
  const [opened, setOpened] = useState(false)
  const searched = useSearchCounts(filters, index, 'outlet', opened)
  const facet = useMemo(() => (filters.q ? searched.data : index ? outletCounts(index, filters) : undefined), [filters, searched.data, index])
  return { facet, onOpen: useCallback(() => setOpened(true), []) }
}

/**
 * Stories per topic under the other filters, for the topic filter once it has been reached
 * (`opened`): every topic in corpus order from the story topics (once the index has them:
 * see `topicNeed`), or for a search the engine's topics, most common first.
 */
export function useTopicFacet(filters: Filters, index: StoryIndex | undefined, opened: boolean) {
  const searched = useSearchCounts(filters, index, 'topic', opened)
  return useMemo(() => {
    if (filters.q) return searched.data && byCount(searched.data)
    return index?.hasTopics ? topicCounts(index, filters) : undefined
  }, [filters, searched.data, index])
}

function byCount(counts: Map<string, number>): { name: string; count: number }[] {
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
}
