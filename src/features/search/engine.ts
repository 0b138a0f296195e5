import { SEARCH_FOLDER, SEARCH_ROW_PREFIX, type IndexRow, type SearchFilterName } from '../../content/types.ts'
import { dataBase } from '../../lib/data.ts'
import type { StoryIndex } from '../../lib/story-index.ts'
import { engineFilters, type PagefindFilters } from './engine-filters.ts'
import type { Filters } from '../../lib/url-state.ts'

// Pagefind, loaded from this build's data folder the first time a search runs: the first
// screen never downloads it. Its types are ours: it ships none for its browser API.

interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindFragment>
}

export interface PagefindFragment {
  raw_url: string
  content: string
  locations: number[]
  meta: { title?: string }
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
    await pagefind.options({ noWorker: true, excerptLength: 30 })
    return pagefind
  })
  // A failed load (offline, a deploy mid-session) may be retried.
  engine.catch(() => (engine = undefined))
  return engine
}

export interface SearchResult {
  id: string
  data: () => Promise<PagefindFragment>
}

export interface SearchAnswer {
  results: SearchResult[]
  /** Results per outlet domain under every filter but the outlet one. */
  outletCounts: Map<string, number>
}

const SORTS: Partial<Record<Filters['sort'], Record<string, 'asc' | 'desc'>>> = {
  newest: { date: 'desc' },
  oldest: { date: 'asc' },
  quality: { quality: 'desc' },
  heat: { heat: 'desc' },
  coverage: { outlets: 'desc' },
}

/**
 * The stories matching `filters.q` and every other filter, exactly: the list's filters
 * become the engine's (ranges as the values of this corpus inside them). Ranked by
 * relevance unless the sort says otherwise.
 */
export async function searchStories(filters: Filters, index: StoryIndex): Promise<SearchAnswer> {
  const pagefind = await loadEngine()
  const term = filters.q ?? ''
  const all = engineFilters(filters, index)
  const others = engineFilters({ ...filters, providers: [] }, index)
  if (all === null) return { results: [], outletCounts: new Map() }
  // Counts per outlet come with any search once the outlet filter is loaded.
  await pagefind.preload(term, { filters: { outlet: { any: index.domains.slice(0, 1) } } })
  const sort = SORTS[filters.sort] ?? {}
  const [main, facet] = await Promise.all([
    pagefind.search(term, { filters: all, sort }),
    filters.providers.length && others ? pagefind.search(term, { filters: others }) : null,
  ])
  const counts = (facet ?? main)?.filters.outlet ?? {}
  return {
    results: (main?.results ?? []).map((r) => ({ id: r.id, data: r.data })),
    outletCounts: new Map(Object.entries(counts).filter(([, n]) => n > 0)),
  }
}

/** Results per UTC day and per event id, under every filter but the dates (the timeline, the grouped list). */
export async function searchCounts(filters: Filters, index: StoryIndex, facet: 'day' | 'event'): Promise<Map<string, number>> {
  const pagefind = await loadEngine()
  const term = filters.q ?? ''
  const chosen = engineFilters(facet === 'day' ? { ...filters, from: undefined, to: undefined } : filters, index)
  if (chosen === null) return new Map()
  await pagefind.preload(term, { filters: { [facet]: { any: ['-'] } } })
  const response = await pagefind.search(term, { filters: chosen })
  return new Map(Object.entries(response?.filters[facet] ?? {}).filter(([, n]) => n > 0))
}

/** The list row a result carries (in its URL: see `SEARCH_ROW_PREFIX`). */
export function rowOf(fragment: PagefindFragment): IndexRow {
  return JSON.parse(fragment.raw_url.slice(fragment.raw_url.indexOf(SEARCH_ROW_PREFIX) + SEARCH_ROW_PREFIX.length)) as IndexRow
}
