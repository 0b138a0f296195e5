import type { RelatedLink } from '../content/types.ts'
import { normalizeText } from './text.ts'

/** One entry of a story's related articles: the first copy of an article, and the outlets that ran it too. */
export interface RelatedEntry {
  article: RelatedLink
  /** Syndicated copies: the same title, or the same excerpt, at other outlets. */
  copies: RelatedLink[]
}

/** An excerpt shorter than this says too little to call two articles the same. */
const SAME_EXCERPT_MIN = 40

/**
 * A story's related articles as a reader follows them: syndicated copies (same title, or
 * same excerpt) merged into their first entry. What the story page lists, and what its
 * row counts ("13 related articles").
 */
export function relatedEntries(related: readonly RelatedLink[]): RelatedEntry[] {
  const entries: RelatedEntry[] = []
  const byText = new Map<string, RelatedEntry>()
  for (const article of related) {
    const keys = [`t:${normalizeText(article.title).replace(/\W+/g, ' ').trim()}`]
    const excerpt = normalizeText(article.excerpt).replace(/\W+/g, ' ').trim()
    if (excerpt.length >= SAME_EXCERPT_MIN) keys.push(`e:${excerpt}`)
    const same = keys.map((k) => byText.get(k)).find(Boolean)
    if (same && !article.storyId) {
      same.copies.push(article)
    } else {
      const entry = { article, copies: [] }
      entries.push(entry)
      for (const k of keys) if (!byText.has(k)) byText.set(k, entry)
    }
  }
  return entries
}

/** The entries grouped by UTC day in the list's order (undated entries last). */
export function relatedByDay(related: readonly RelatedLink[]): [day: string | null, entries: RelatedEntry[]][] {
  const entries = relatedEntries(related)
  const days = new Map<string | null, RelatedEntry[]>()
  for (const e of entries) {
    const day = e.article.publishedDateTime?.slice(0, 10) ?? null
    days.set(day, [...(days.get(day) ?? []), e])
  }
  return [...days].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0))
}

/** The first `count` entries, still under their days (days left empty are dropped). */
export function firstEntries(days: [string | null, RelatedEntry[]][], count: number): [string | null, RelatedEntry[]][] {
  const out: [string | null, RelatedEntry[]][] = []
  let left = count
  for (const [day, entries] of days) {
    if (left <= 0) break
    out.push([day, entries.slice(0, left)])
    left -= entries.length
  }
  return out
}
