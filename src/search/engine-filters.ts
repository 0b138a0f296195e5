import type { SearchFilterName } from '../content/types.ts'
import { dayNumber, dayString, topicSpellings, type StoryIndex } from '../lib/story-index.ts'
import type { Filters } from '../lib/url-state.ts'

/** Filters as the search engine takes them: a record matches when it has any of the values. */
export type PagefindFilters = Partial<Record<SearchFilterName, { any: string[] }>>

/**
 * The list's filters as the engine's: each range becomes the values of this corpus inside
 * it. Null when a filter admits no value (then nothing matches).
 */
export function engineFilters(filters: Filters, index: StoryIndex | undefined): PagefindFilters | null {
  const out: PagefindFilters = {}
  if (filters.providers.length) out.outlet = { any: filters.providers }
  if (filters.publishedOnly) out.published = { any: ['yes'] }
  if (needsIndex(filters)) {
    if (!index) throw new Error('Range filters need the story index')
    if (filters.minQuality !== undefined) out.quality = { any: valuesFrom(index.quality, (v) => v >= filters.minQuality!) }
    if (filters.minOutlets !== undefined) out.outlets = { any: valuesFrom(index.outlets, (v) => v >= filters.minOutlets!) }
    if (filters.from || filters.to) {
      const from = filters.from ? dayNumber(filters.from) : -Infinity
      const to = filters.to ? dayNumber(filters.to) : Infinity
      out.day = { any: valuesFrom(index.day, (d) => d >= from && d <= to).map((d) => dayString(Number(d))) }
    }
    // The engine matches a topic as the corpus spells it.
    if (filters.topic) out.topic = { any: topicSpellings(index, filters.topic) }
  }
  return Object.values(out).some((f) => f.any.length === 0) ? null : out
}

function valuesFrom(column: ArrayLike<number>, keep: (v: number) => boolean): string[] {
  const values = new Set<number>()
  for (let i = 0; i < column.length; i++) if (keep(column[i])) values.add(column[i])
  return [...values].map(String)
}

/** Ranges become the corpus's values inside them, and a topic its corpus spelling: they need the story index. */
export function needsIndex(filters: Filters): boolean {
  return filters.minQuality !== undefined || filters.minOutlets !== undefined || !!filters.from || !!filters.to || !!filters.topic
}

/** What a search counts per value: days, outlets, topics or events. */
export type CountedFilter = 'day' | 'event' | 'outlet' | 'topic'

/** The filters a count is taken under: all but its own (none of its own for events). */
export function countedUnder(filters: Filters, facet: CountedFilter): Filters {
  if (facet === 'day') return { ...filters, from: undefined, to: undefined }
  if (facet === 'outlet') return { ...filters, providers: [] }
  if (facet === 'topic') return { ...filters, topic: undefined }
  return filters
}
