import type { TopicNeed } from '../lib/use-story-index.ts'

// The list's and the timeline's view state: what the reader filters by (each filter is
// described once, in descriptors.ts) and the view's own settings (the words searched for,
// the order, related articles, grouping). It lives in the URL query (url-state.ts).

export const SORTS = ['relevance', 'newest', 'oldest', 'quality', 'heat', 'coverage'] as const
export type Sort = (typeof SORTS)[number]
/**
 * Orders a search of stories does not offer (its index keeps only date and quality
 * orders): a query ranks by relevance instead. Events, sorted in the page, take them all.
 */
export const NOT_FOR_SEARCH: readonly Sort[] = ['heat', 'coverage']

export interface Filters {
  /** Outlet domains; empty means all. */
  providers: string[]
  /** Only stories with this topic (as the corpus spells it; matched without regard to case). */
  topic?: string
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  from?: string
  to?: string
  minQuality?: number
  /** Only stories whose event, or events, covered by at least this many outlets. */
  minOutlets?: number
  publishedOnly: boolean
  /** Only stories this device has not marked read. */
  unread: boolean
  // The view's own settings, not filters: clearing the filters keeps them (but the query).
  q?: string
  sort: Sort
  /** Timeline only: include articles known only as related entries. */
  related: boolean
  /** One row per event (list), event bars (timeline). */
  groupByEvent: boolean
}

/** The fields that are the view's settings rather than filters. */
export type ViewKey = 'q' | 'sort' | 'related' | 'groupByEvent'
export type FilterKey = Exclude<keyof Filters, ViewKey>

export const DEFAULT_FILTERS: Filters = { providers: [], publishedOnly: false, unread: false, sort: 'newest', related: true, groupByEvent: false }

/** A search of stories is ranked by relevance unless the URL says otherwise; the rest is newest first. */
export function defaultSort(q: string | undefined, grouped = false): Sort {
  return q && !grouped ? 'relevance' : 'newest'
}

/** The sort a view offers: relevance only for a query, and not every order for a search of stories. */
export function sortFor(sort: Sort, q: string | undefined, grouped: boolean): Sort {
  const search = !!q && !grouped
  if (!SORTS.includes(sort) || (sort === 'relevance' && !search) || (search && NOT_FOR_SEARCH.includes(sort))) return defaultSort(q, grouped)
  return sort
}

/** The words searched for as the URL gives them: spaces folded, at most 200 characters. */
export function readQuery(params: URLSearchParams): string | undefined {
  return params.get('q')?.replace(/\s+/g, ' ').trim().slice(0, 200).trim() || undefined
}

/** What a view's filters need of the story index: the topics for a topic filter, or their counts once the topic filter was reached (`opened`). */
export function topicNeed(filters: Filters, opened = false): TopicNeed {
  return filters.topic ? 'filter' : opened ? 'counts' : 'none'
}
