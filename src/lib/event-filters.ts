import type { EventRow } from '../content/types.ts'
import { dayBounds, matchesTerms, searchTerms } from './filters.ts'
import type { Filters, Sort } from './url-state.ts'

export interface EventMatchOptions {
  /** Leave the outlet filter out (for the outlet counts). */
  except?: 'provider'
  /** Events with a story that matches the text query (its title or excerpt). */
  textEvents?: ReadonlySet<string>
}

/**
 * What an event must satisfy for the filters: one of its articles matches the outlet,
 * date, quality and published filters together; enough outlets covered it; one of its
 * stories has the topic; and its headline, or one of its stories, matches the words
 * searched for.
 */
export function eventMatcher(filters: Filters, { except, textEvents }: EventMatchOptions = {}): (row: EventRow) => boolean {
  const providers = except === 'provider' || filters.providers.length === 0 ? null : new Set(filters.providers)
  const { fromIso, toIso } = dayBounds(filters)
  const terms = searchTerms(filters.q)
  const anyArticle = !!(providers || fromIso || toIso || filters.minQuality !== undefined || filters.publishedOnly)
  const topic = filters.topic?.toLowerCase()
  return (row) => {
    if (filters.minOutlets !== undefined && row.outletCount < filters.minOutlets) return false
    if (topic !== undefined && !row.topics?.some((t) => t.toLowerCase() === topic)) return false
    if (terms.length > 0 && !textEvents?.has(row.id) && !matchesTerms(row.headline, terms)) return false
    if (!anyArticle) return true
    return row.articles.some(
      ([date, outlet, quality, published]) =>
        (!providers || providers.has(row.outlets[outlet].domain)) &&
        (!fromIso || (date !== null && date >= fromIso)) &&
        (!toIso || (date !== null && date <= toIso)) &&
        (filters.minQuality === undefined || (quality !== null && quality >= filters.minQuality)) &&
        (!filters.publishedOnly || published === 1),
    )
  }
}

/** Rows arrive newest first (by their latest article); other orders keep that among equals. */
export function sortEvents(rows: readonly EventRow[], sort: Sort): EventRow[] {
  const newest = (a: EventRow, b: EventRow) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0)
  switch (sort) {
    case 'oldest':
      return [...rows].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
    case 'coverage':
      return [...rows].sort((a, b) => b.outletCount - a.outletCount || b.articleCount - a.articleCount || newest(a, b))
    case 'quality':
      return [...rows].sort((a, b) => bestQuality(b) - bestQuality(a) || newest(a, b))
    default:
      return [...rows].sort(newest)
  }
}

function bestQuality(row: EventRow): number {
  return row.articles.reduce((best, [, , q]) => Math.max(best, q ?? -1), -1)
}

/** Events per outlet among rows matching every filter but the outlet one. */
export function eventProviderFacet(rows: readonly EventRow[], filters: Filters, textEvents?: ReadonlySet<string>): Map<string, number> {
  const match = eventMatcher(filters, { except: 'provider', textEvents })
  const counts = new Map<string, number>()
  for (const row of rows) if (match(row)) for (const o of row.outlets) counts.set(o.domain, (counts.get(o.domain) ?? 0) + 1)
  return counts
}
