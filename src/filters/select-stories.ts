import type { EventRow } from '../content/types.ts'
import type { StoryIndex } from '../lib/story-index.ts'
import { dayString } from '../shared/dates.ts'
import type { Filters, Sort } from './filters.ts'
import { storyMatcher } from './match.ts'

/** Row positions matching the filters (the text query aside), in the chosen order. */
export function selectRows(index: StoryIndex, filters: Filters): Uint32Array {
  const match = storyMatcher(index, filters)
  const out = new Uint32Array(index.count)
  let n = 0
  for (let i = 0; i < index.count; i++) if (match(i)) out[n++] = i
  return sortPositions(index, out.slice(0, n), filters.sort)
}

/**
 * The stories a search matched (`matched`, best first) that pass every filter, in the chosen
 * order: relevance keeps the engine's, the others are the list's orders.
 */
export function rankedRows(index: StoryIndex, filters: Filters, matched: Uint32Array): Uint32Array {
  const match = storyMatcher(index, filters)
  const kept = matched.filter((i) => i < index.count && match(i))
  return filters.sort === 'relevance' ? kept : sortPositions(index, kept.sort(), filters.sort)
}

/**
 * The events (of `rows`, in the grouped list's order) with one of the `matched` stories
 * that passes every filter; `storyEvents` gives each story's event as a place in `rows`.
 */
export function eventsOfStories(index: StoryIndex, filters: Filters, matched: Uint32Array, storyEvents: readonly number[], rows: readonly EventRow[]): Set<string> {
  const match = storyMatcher(index, filters)
  const out = new Set<string>()
  for (const i of matched) {
    const id = match(i) ? rows[storyEvents[i]]?.id : undefined
    if (id !== undefined) out.add(id)
  }
  return out
}

/** Positions run newest first; other orders keep that among equals. */
export function sortPositions(index: StoryIndex, positions: Uint32Array, sort: Sort): Uint32Array {
  const by = (column: ArrayLike<number>) => positions.sort((a, b) => column[b] - column[a] || a - b)
  switch (sort) {
    case 'oldest':
      return positions.reverse()
    case 'quality':
      return by(index.quality)
    case 'heat':
      return by(index.heat)
    case 'coverage':
      return by(index.outlets)
    default:
      return positions
  }
}

/** Stories per outlet domain among those matching every filter but the outlet one (and `keep`, when given). */
export function outletCounts(index: StoryIndex, filters: Filters, keep?: (i: number) => boolean): Map<string, number> {
  const match = storyMatcher(index, filters, 'outlet')
  const counts = new Uint32Array(index.domains.length)
  for (let i = 0; i < index.count; i++) if (match(i) && (!keep || keep(i))) counts[index.outlet[i]]++
  const out = new Map<string, number>()
  counts.forEach((n, o) => n > 0 && out.set(index.domains[o], n))
  return out
}

/** Stories per topic among those matching every filter but the topic one (and `keep`), for every topic, most common in the corpus first. */
export function topicCounts(index: StoryIndex, filters: Filters, keep?: (i: number) => boolean): { name: string; count: number }[] {
  const match = storyMatcher(index, filters, 'topic')
  const counts = new Uint32Array(index.topicNames.length)
  for (let i = 0; i < index.count; i++) {
    if (!match(i) || (keep && !keep(i))) continue
    for (let k = index.topicStart[i]; k < index.topicStart[i + 1]; k++) counts[index.topicList[k]]++
  }
  return index.topicNames.map((name, t) => ({ name, count: counts[t] }))
}

/**
 * Stories per UTC day among those matching every filter but the dates (the histogram shows
 * them as a selection), and `keep` when given.
 */
export function dayCounts(index: StoryIndex, filters: Filters, keep?: (i: number) => boolean): Record<string, number> {
  const match = storyMatcher(index, filters, 'day')
  const counts = new Map<number, number>()
  for (let i = 0; i < index.count; i++) if (match(i) && (!keep || keep(i))) counts.set(index.day[i], (counts.get(index.day[i]) ?? 0) + 1)
  return Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([d, n]) => [dayString(d), n]))
}
