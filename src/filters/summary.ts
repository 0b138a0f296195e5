import { FILTERS, type Chip } from './descriptors.ts'
import { formatDate } from '../lib/format.ts'
import { DEFAULT_FILTERS, type Filters } from './filters.ts'

/**
 * The filters set, in a reader's words, each with the change that removes it: the chips
 * above the list, and what an empty result repeats. (The search box has its own words:
 * `outlet:`, `from:`; see query-syntax.ts.)
 */
export function filterSummary(filters: Filters, outletName: (domain: string) => string = (d) => d): Chip[] {
  return FILTERS.flatMap((d) => d.chips(filters, outletName))
}

/** Whether any filter is set. The words searched for are not a filter: ask `!!filters.q`. */
export function isFiltered(filters: Filters): boolean {
  return FILTERS.some((d) => d.chips(filters, String).length > 0)
}

/** The view with every filter off: the words searched for, the order and the view's own settings stay. */
export function withoutFilters(f: Filters): Filters {
  return { ...DEFAULT_FILTERS, q: f.q, sort: f.sort, related: f.related, groupByEvent: f.groupByEvent }
}

/** The dates chosen, in words for a count (" from Nov 1, 2020 to the end"); empty when none is. */
export function rangeLabel(f: Filters): string {
  const day = (d: string | undefined, none: string) => (d ? formatDate(`${d}T12:00:00Z`) : none)
  return f.from || f.to ? ` from ${day(f.from, 'the start')} to ${day(f.to, 'the end')}` : ''
}
