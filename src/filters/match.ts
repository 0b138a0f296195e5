import type { ExternalArticle } from '../content/types.ts'
import { type StoryIndex } from '../lib/story-index.ts'
import { normalizeText } from '../shared/text.ts'
import { FILTERS, type ArticleTest, type EventTest, type Facet, type StoryTest } from './descriptors.ts'
import { DEFAULT_FILTERS, type Filters } from './filters.ts'

// The filters' tests (descriptors.ts) put together, for stories, events and articles
// known only as related entries. `except` leaves out the filter a facet counts.

/** What a count is taken per: days, outlets, topics (the facets) or events. */
export type CountedFilter = Facet | 'event'

/** The filters a count is taken under: all but its own (none of its own for events). */
export function countedUnder(filters: Filters, facet: CountedFilter): Filters {
  const own = FILTERS.filter((d) => d.facet === facet).flatMap((d) => d.keys)
  return Object.assign({ ...filters }, ...own.map((key) => ({ [key]: DEFAULT_FILTERS[key] })))
}

/** The words searched for, case and accents folded. */
export function searchTerms(q: string | undefined): string[] {
  return q ? normalizeText(q).split(/\s+/).filter(Boolean) : []
}

/** Every search term must occur in the text (case and accents ignored). */
export function matchesTerms(text: string, terms: string[]): boolean {
  const haystack = normalizeText(text)
  return terms.every((t) => haystack.includes(t))
}

/** The test every filter but the text query makes, on the story index's positions. */
export function storyMatcher(index: StoryIndex, filters: Filters, except?: Facet): StoryTest {
  const tests = FILTERS.filter((d) => !except || d.facet !== except).flatMap((d) => d.story?.(filters, index) ?? [])
  return (i) => {
    for (const test of tests) if (!test(i)) return false
    return true
  }
}

export interface EventMatchOptions {
  /** Leave the outlet filter out (for the outlet counts). */
  except?: 'outlet'
  /** Events with a story that matches the text query (its title or excerpt). */
  textEvents?: ReadonlySet<string>
}

/**
 * What an event must satisfy: its own tests (enough outlets, a story with the topic); one
 * of its articles passing every article test together (outlet, dates, quality,
 * published); and its headline, or one of its stories, matching the words searched for.
 */
export function eventMatcher(filters: Filters, { except, textEvents }: EventMatchOptions = {}): EventTest {
  const used = FILTERS.filter((d) => !except || d.facet !== except)
  const eventTests = used.flatMap((d) => d.event?.(filters) ?? [])
  const articleTests = used.flatMap((d) => d.article?.(filters) ?? [])
  const terms = searchTerms(filters.q)
  return (row) => {
    for (const test of eventTests) if (!test(row)) return false
    if (terms.length > 0 && !textEvents?.has(row.id) && !matchesTerms(row.headline, terms)) return false
    return articleTests.length === 0 || row.articles.some(([iso, outlet, quality, published]) => passes(articleTests, row.outlets[outlet].domain, iso, quality, published === 1))
  }
}

/** The filters over articles known only as related entries: searched by their title (all they have), never "published". */
export function externalMatcher(filters: Filters): (article: ExternalArticle) => boolean {
  if (FILTERS.some((d) => d.noExternal && d.chips(filters, String).length > 0)) return () => false
  const tests = FILTERS.flatMap((d) => d.article?.(filters) ?? [])
  const terms = searchTerms(filters.q?.replace(/"/g, ''))
  return (a) => passes(tests, a.provider.domain, a.publishedDateTime, a.quality, false) && (terms.length === 0 || matchesTerms(a.title, terms))
}

function passes(tests: ArticleTest[], domain: string, iso: string | null, quality: number | null, published: boolean): boolean {
  for (const test of tests) if (!test(domain, iso, quality, published)) return false
  return true
}
