import type { ExternalArticle, IndexRow } from '../content/types.ts'
import type { Filters, Sort } from './url-state.ts'

export interface MatchOptions {
  /** Leave one facet out (for its counts). */
  except?: 'provider'
  /** Excerpts by story id: the text search covers them when given, titles only otherwise. */
  excerpts?: ReadonlyMap<string, string>
}

/** What a row must satisfy for the filters. */
export function matcher(filters: Filters, { except, excerpts }: MatchOptions = {}): (row: IndexRow) => boolean {
  const providers = except === 'provider' || filters.providers.length === 0 ? null : new Set(filters.providers)
  const terms = searchTerms(filters.q)
  const { fromIso, toIso } = dayBounds(filters)
  return (row) =>
    (!providers || providers.has(row.provider)) &&
    (!fromIso || row.publishedDateTime >= fromIso) &&
    (!toIso || row.publishedDateTime <= toIso) &&
    (filters.minQuality === undefined || row.quality >= filters.minQuality) &&
    (!filters.publishedOnly || row.published) &&
    (filters.minOutlets === undefined || row.eventOutlets >= filters.minOutlets) &&
    (terms.length === 0 || matchesTerms(row.title + ' ' + (excerpts?.get(row.id) ?? ''), terms))
}

/** The words searched for, case and accents folded. */
export function searchTerms(q: string | undefined): string[] {
  return q ? normalizeText(q).split(/\s+/).filter(Boolean) : []
}

/** The From and To days as inclusive UTC instants, for comparing with `publishedDateTime`. */
export function dayBounds(filters: Pick<Filters, 'from' | 'to'>): { fromIso: string | null; toIso: string | null } {
  return { fromIso: filters.from ? `${filters.from}T00:00:00.000Z` : null, toIso: filters.to ? `${filters.to}T23:59:59.999Z` : null }
}

/** Every search term must occur in the text (case and accents ignored). */
export function matchesTerms(text: string, terms: string[]): boolean {
  const haystack = normalizeText(text)
  return terms.every((t) => haystack.includes(t))
}

export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}

/** Rows arrive newest first; other orders keep newest first among equals. */
export function sortRows(rows: readonly IndexRow[], sort: Sort): IndexRow[] {
  const newest = (a: IndexRow, b: IndexRow) =>
    a.publishedDateTime < b.publishedDateTime ? 1 : a.publishedDateTime > b.publishedDateTime ? -1 : 0
  switch (sort) {
    case 'oldest':
      return [...rows].sort((a, b) => newest(b, a))
    case 'quality':
      return [...rows].sort((a, b) => b.quality - a.quality || newest(a, b))
    case 'heat':
      return [...rows].sort((a, b) => (b.heat ?? -1) - (a.heat ?? -1) || newest(a, b))
    case 'coverage':
      return [...rows].sort((a, b) => b.eventOutlets - a.eventOutlets || newest(a, b))
    default:
      return [...rows].sort(newest)
  }
}

/** Stories per provider among rows matching every filter but the provider one. */
export function providerFacet(rows: readonly IndexRow[], filters: Filters, excerpts?: ReadonlyMap<string, string>): Map<string, number> {
  const match = matcher(filters, { except: 'provider', excerpts })
  const counts = new Map<string, number>()
  for (const row of rows) if (match(row)) counts.set(row.provider, (counts.get(row.provider) ?? 0) + 1)
  return counts
}

/** The same filters over articles known only as related entries (never "published" stories). */
export function externalMatcher(filters: Filters): (article: ExternalArticle) => boolean {
  if (filters.publishedOnly) return () => false
  // An article known only as a related entry carries no event size: that filter is the stories'.
  const asRow = matcher({ ...filters, minOutlets: undefined })
  return (a) =>
    (filters.minQuality === undefined || a.quality !== null) &&
    asRow({
      id: '',
      title: a.title,
      publishedDateTime: a.publishedDateTime,
      provider: a.provider.domain,
      providerName: a.provider.name,
      quality: a.quality ?? 0,
      heat: null,
      type: 'article',
      published: true,
      relatedCount: 0,
      event: '',
      eventOutlets: 1,
    })
}
