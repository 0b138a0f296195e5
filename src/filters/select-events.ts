import type { EventRow } from '../content/types.ts'
import type { Filters, Sort } from './filters.ts'
import { eventMatcher } from './match.ts'

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
export function eventOutletCounts(rows: readonly EventRow[], filters: Filters, textEvents?: ReadonlySet<string>): Map<string, number> {
  const match = eventMatcher(filters, { except: 'outlet', textEvents })
  const counts = new Map<string, number>()
  for (const row of rows) if (match(row)) for (const o of row.outlets) counts.set(o.domain, (counts.get(o.domain) ?? 0) + 1)
  return counts
}
