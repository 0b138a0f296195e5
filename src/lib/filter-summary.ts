import { formatDate } from './format.ts'
import type { Filters } from './url-state.ts'

/**
 * The active filters in a reader's words, each with the patch that removes it: the chips
 * above the list, and what an empty result repeats. (The search box keeps its own syntax:
 * `provider:`, `from:`; see query-syntax.)
 */
export function filterSummary(filters: Filters, outletName: (domain: string) => string): [label: string, without: Partial<Filters>][] {
  const day = (d: string) => formatDate(`${d}T12:00:00Z`)
  const out: [string, Partial<Filters>][] = filters.providers.map((p) => [`Outlet: ${outletName(p)}`, { providers: filters.providers.filter((d) => d !== p) }])
  if (filters.topic) out.push([`Topic: ${filters.topic}`, { topic: undefined }])
  if (filters.from) out.push([`From ${day(filters.from)}`, { from: undefined }])
  if (filters.to) out.push([`To ${day(filters.to)}`, { to: undefined }])
  if (filters.minQuality !== undefined) out.push([`Quality ${filters.minQuality}+`, { minQuality: undefined }])
  if (filters.minOutlets !== undefined) out.push([`Covered by ${filters.minOutlets}+ outlets`, { minOutlets: undefined }])
  if (filters.publishedOnly) out.push(['Still on the source site', { publishedOnly: false }])
  if (filters.unread) out.push(['Unread only', { unread: false }])
  return out
}
