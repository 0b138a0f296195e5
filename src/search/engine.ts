import { SEARCH_FOLDER, type SearchFilterName } from '../content/types.ts'
import { dataBase } from '../lib/data.ts'
import { type StoryIndex } from '../lib/story-index.ts'
import { countedUnder, type CountedFilter } from '../filters/match.ts'
import { engineFilters, type PagefindFilters } from './engine-filters.ts'
import type { PagefindFragment, SearchAnswer } from './results.ts'
import { type Filters } from '../filters/filters.ts'

// Pagefind, loaded from this build's data folder the first time a search runs (this module
// too): the first screen never downloads either. Its types are ours: it ships none for its
// browser API.

interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindFragment>
}

interface PagefindResponse {
  results: PagefindResult[]
  /** Results per value of each filter loaded so far, under the filters given. */
  filters: Partial<Record<SearchFilterName, Record<string, number>>>
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>
  search(term: string, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>
}

let engine: Promise<Pagefind> | undefined

export function loadEngine(): Promise<Pagefind> {
  engine ??= import(/* @vite-ignore */ `${dataBase}${SEARCH_FOLDER}pagefind.js`).then(async (pagefind: Pagefind) => {
    // In the page's thread: the worker would need its own CSP source, for no gain at this size.
    // metaCacheTag: the edition's folder is immutable, so its entry file needs no cache-busting
    // timestamp, and the service worker can keep it for offline search.
    await pagefind.options({ noWorker: true, excerptLength: 30, metaCacheTag: dataBase })
    return pagefind
  })
  // A failed load (offline, a deploy mid-session) may be retried.
  engine.catch(() => (engine = undefined))
  return engine
}

const SORTS: Partial<Record<Filters['sort'], Record<string, 'asc' | 'desc'>>> = {
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
  quality: { quality: 'desc' },
}

/**
 * The stories matching `filters.q` and every other filter, exactly: the list's filters
 * become the engine's (ranges as the values of this corpus inside them). Ranked by
 * relevance unless the sort says otherwise.
 */
export async function searchStories(filters: Filters, index: StoryIndex | undefined): Promise<SearchAnswer> {
  const pagefind = await loadEngine()
  const chosen = engineFilters(filters, index)
  if (chosen === null) return { results: [] }
  const response = await pagefind.search(filters.q ?? '', { filters: chosen, sort: SORTS[filters.sort] ?? {} })
  return { results: (response?.results ?? []).map((r) => ({ id: r.id, data: r.data })) }
}

/**
 * Results per value of one filter: per UTC day under every filter but the dates (the
 * timeline's histogram), per outlet under every filter but the outlets (the outlet
 * counts), per event under every filter (the grouped list). The filter's part of the index
 * loads only for this.
 */
export async function searchCounts(filters: Filters, index: StoryIndex | undefined, facet: CountedFilter): Promise<Map<string, number>> {
  const pagefind = await loadEngine()
  const term = filters.q ?? ''
  const chosen = engineFilters(countedUnder(filters, facet), index)
  if (chosen === null) return new Map()
  await pagefind.preload(term, { filters: { [facet]: { any: ['-'] } } })
  const response = await pagefind.search(term, { filters: chosen })
  return new Map(Object.entries(response?.filters[facet] ?? {}).filter(([, n]) => n > 0))
}

