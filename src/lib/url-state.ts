import { isDay } from './dates.ts'

// The list's and the timeline's view state lives in the URL query, so a reload, back and
// forward, and a shared link reproduce it. Malformed values are ignored, never fatal.

export const SORTS = ['relevance', 'newest', 'oldest', 'quality', 'heat', 'coverage'] as const
export type Sort = (typeof SORTS)[number]
/**
 * Orders a search of stories does not offer (its index keeps only date and quality
 * orders): a query ranks by relevance instead. Events, sorted in the page, take them all.
 */
export const NOT_FOR_SEARCH: readonly Sort[] = ['heat', 'coverage']

/** The sort a view offers: relevance only for a query, and not every order for a search of stories. */
export function sortFor(sort: Sort, q: string | undefined, grouped: boolean): Sort {
  const search = !!q && !grouped
  if (!SORTS.includes(sort) || (sort === 'relevance' && !search) || (search && NOT_FOR_SEARCH.includes(sort))) return defaultSort(q, grouped)
  return sort
}

export interface Filters {
  /** Provider domains; empty means all. */
  providers: string[]
  /** Inclusive UTC days, `YYYY-MM-DD`. */
  from?: string
  to?: string
  minQuality?: number
  q?: string
  publishedOnly: boolean
  sort: Sort
  /** Timeline only: include articles known only as related entries. */
  related: boolean
  /** One row per event (list), event bars (timeline). */
  groupByEvent: boolean
  /** Only stories whose event, or events, covered by at least this many outlets. */
  minOutlets?: number
  /** Only stories with this topic (as the corpus spells it; matched without regard to case). */
  topic?: string
  /** Only stories this device has not marked read (not with a search). */
  unread: boolean
}

export const DEFAULT_FILTERS: Filters = { providers: [], publishedOnly: false, sort: 'newest', related: true, groupByEvent: false, unread: false }

const DOMAIN = /^[a-z0-9.-]{1,253}$/

export function parseFilters(params: URLSearchParams): Filters {
  const providers = [...new Set(params.getAll('provider').map((p) => p.trim().toLowerCase()))].filter((p) => DOMAIN.test(p))
  let from = day(params.get('from'))
  let to = day(params.get('to'))
  if (from && to && from > to) [from, to] = [to, from]
  const minQuality = Number(params.get('minQuality'))
  const minOutlets = Number(params.get('minOutlets'))
  const q = params.get('q')?.replace(/\s+/g, ' ').trim().slice(0, 200).trim()
  const sort = params.get('sort') as Sort
  const topic = params.get('topic')?.replace(/\s+/g, ' ').trim().slice(0, 100)
  return {
    providers,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(params.get('minQuality') && Number.isFinite(minQuality) && minQuality >= 0 ? { minQuality: Math.round(minQuality) } : {}),
    ...(q ? { q } : {}),
    publishedOnly: ['1', 'true'].includes(params.get('published') ?? ''),
    sort: sortFor(sort, q, params.get('group') === 'event'),
    related: !['0', 'false'].includes(params.get('related') ?? ''),
    groupByEvent: params.get('group') === 'event',
    ...(Number.isInteger(minOutlets) && minOutlets >= 2 && minOutlets <= 1000 ? { minOutlets } : {}),
    ...(topic ? { topic } : {}),
    // Not offered for a search: its results are the engine's ids, not the stories' keys.
    unread: !q && ['1', 'true'].includes(params.get('unread') ?? ''),
  }
}

/** The canonical query for `filters`: defaults omitted, a stable order, so equal views share one URL. */
export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams()
  for (const p of [...filters.providers].sort()) params.append('provider', p)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  if (filters.minQuality !== undefined) params.set('minQuality', String(filters.minQuality))
  if (filters.q) params.set('q', filters.q)
  if (filters.publishedOnly) params.set('published', '1')
  const sort = sortFor(filters.sort, filters.q, filters.groupByEvent)
  if (sort !== defaultSort(filters.q, filters.groupByEvent)) params.set('sort', sort)
  if (!filters.related) params.set('related', '0')
  if (filters.groupByEvent) params.set('group', 'event')
  if (filters.minOutlets !== undefined) params.set('minOutlets', String(filters.minOutlets))
  if (filters.topic) params.set('topic', filters.topic)
  if (filters.unread && !filters.q) params.set('unread', '1')
  return params
}

/** The view with every filter off: the words searched for, the order and the view's own settings (related, grouping) stay. */
export function withoutFilters(f: Filters): Filters {
  return { ...DEFAULT_FILTERS, q: f.q, sort: f.sort, related: f.related, groupByEvent: f.groupByEvent }
}

export function hasActiveFilters(f: Filters): boolean {
  return f.providers.length > 0 || !!f.from || !!f.to || f.minQuality !== undefined || !!f.q || f.publishedOnly || f.minOutlets !== undefined || !!f.topic || f.unread
}

/** A search of stories is ranked by relevance unless the URL says otherwise; the rest is newest first. */
export function defaultSort(q: string | undefined, grouped = false): Sort {
  return q && !grouped ? 'relevance' : 'newest'
}

function day(value: string | null): string | undefined {
  return value && isDay(value) ? value : undefined
}
