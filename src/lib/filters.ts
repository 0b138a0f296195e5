import type { ExternalArticle } from '../content/types.ts'
import type { Filters } from './url-state.ts'

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

/**
 * The list's filters over articles known only as related entries: never "published"
 * stories, without an event size, and searched by their title (all they have).
 */
export function externalMatcher(filters: Filters): (article: ExternalArticle) => boolean {
  // Related-only articles carry no topics, and are never "published" stories of the corpus.
  if (filters.publishedOnly || filters.topic) return () => false
  const providers = filters.providers.length === 0 ? null : new Set(filters.providers)
  const terms = searchTerms(filters.q?.replace(/"/g, ''))
  const { fromIso, toIso } = dayBounds(filters)
  return (a) =>
    (!providers || providers.has(a.provider.domain)) &&
    (!fromIso || a.publishedDateTime >= fromIso) &&
    (!toIso || a.publishedDateTime <= toIso) &&
    (filters.minQuality === undefined || (a.quality !== null && a.quality >= filters.minQuality)) &&
    (terms.length === 0 || matchesTerms(a.title, terms))
}
