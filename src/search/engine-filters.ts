import type { SearchFilterName } from '../content/types.ts'
import { FILTERS } from '../filters/descriptors.ts'
import type { Filters } from '../filters/filters.ts'
import { type StoryIndex } from '../lib/story-index.ts'

/** Filters as the search engine takes them: a record matches when it has any of the values. */
export type PagefindFilters = Partial<Record<SearchFilterName, { any: string[] }>>

/**
 * The list's filters as the engine's (each descriptor's `engine`): a range becomes the
 * values of this corpus inside it. Null when a filter admits no value (then nothing matches).
 */
export function engineFilters(filters: Filters, index: StoryIndex | undefined): PagefindFilters | null {
  const out: PagefindFilters = {}
  for (const d of FILTERS) {
    if (!d.engine || (d.engineNeedsIndex && !isSet(d, filters))) continue
    if (d.engineNeedsIndex && !index) throw new Error('Range filters need the story index')
    const filter = d.engine(filters, index as StoryIndex)
    if (filter) out[filter[0]] = { any: filter[1] }
  }
  return Object.values(out).some((f) => f.any.length === 0) ? null : out
}

/** Whether the engine's filters need the story index (a range, a topic's spellings are set). */
export function needsIndex(filters: Filters): boolean {
  return FILTERS.some((d) => d.engineNeedsIndex && isSet(d, filters))
}

function isSet(d: (typeof FILTERS)[number], filters: Filters): boolean {
  return d.chips(filters, String).length > 0
}
