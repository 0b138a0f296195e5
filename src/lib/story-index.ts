import type { ProviderList, StoryColumns, StoryTopics } from '../content/types.ts'
import type { Filters, Sort } from './url-state.ts'

/**
 * Every story as a few numbers, in list order (newest first): position `i` is the story
 * of row `i`. Typed arrays: 100,000 stories hold in about 1.5 MB.
 */
export interface StoryIndex {
  count: number
  /** UTC day numbers (days since 1970-01-01). */
  day: Int32Array
  outlet: Uint16Array
  quality: Float64Array
  heat: Float64Array
  published: Uint8Array
  outlets: Uint16Array
  /** Story `i`'s topics are `topicList[topicStart[i]]` up to `topicList[topicStart[i + 1]]` (positions in `topicNames`). */
  topicStart: Uint32Array
  topicList: Uint32Array
  /** Outlet domains, by outlet number. */
  domains: string[]
  /** Every topic of the corpus, most stories first; none until `topics.json` is in. */
  topicNames: string[]
  /** Whether the topics are in: without them no story has a topic. */
  hasTopics: boolean
}

const DAY_MS = 86_400_000

export function decodeColumns(columns: StoryColumns, providers: ProviderList, topics?: StoryTopics): StoryIndex {
  const count = columns.day.length
  const day = new Int32Array(count)
  for (let i = 0, d = 0; i < count; i++) day[i] = d = i === 0 ? columns.day[0] : d - columns.day[i]
  const index: StoryIndex = {
    count,
    day,
    outlet: Uint16Array.from(columns.outlet),
    quality: Float64Array.from(columns.quality),
    heat: Float64Array.from(columns.heat),
    published: Uint8Array.from(columns.flags, (f) => f & 1),
    outlets: Uint16Array.from(columns.outlets),
    topicStart: new Uint32Array(count + 1),
    topicList: new Uint32Array(0),
    domains: providers.map((p) => p.domain),
    topicNames: [],
    hasTopics: false,
  }
  return topics ? withTopics(index, topics) : index
}

/** The index with the stories' topics added (`topics.json`, which comes later): the columns are not decoded again. */
export function withTopics(index: StoryIndex, topics: StoryTopics): StoryIndex {
  const topicStart = new Uint32Array(index.count + 1)
  for (let i = 0; i < index.count; i++) topicStart[i + 1] = topicStart[i] + (topics.stories[i]?.length ?? 0)
  return { ...index, topicStart, topicList: Uint32Array.from(topics.stories.slice(0, index.count).flat()), topicNames: topics.names, hasTopics: true }
}

/** A `YYYY-MM-DD` day as a day number. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS)
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

/** The corpus's spellings of a topic (matched without regard to case): "AI" and "ai" are one topic to a reader. */
export function topicSpellings(index: StoryIndex, topic: string): string[] {
  const wanted = topic.toLowerCase()
  return index.topicNames.filter((name) => name.toLowerCase() === wanted)
}

/** Whether story `i` has a topic whose position is marked in `wanted`. */
function hasTopic(index: StoryIndex, i: number, wanted: Uint8Array): boolean {
  for (let k = index.topicStart[i]; k < index.topicStart[i + 1]; k++) if (wanted[index.topicList[k]] === 1) return true
  return false
}

/** The test every filter but the text query makes, on row positions; `except` leaves one out (for its counts). */
export function indexMatcher(index: StoryIndex, filters: Filters, except?: 'provider' | 'dates' | 'topic'): (i: number) => boolean {
  const wanted = except === 'provider' || filters.providers.length === 0 ? null : new Set(filters.providers)
  const outletOk = wanted ? Uint8Array.from(index.domains, (d) => (wanted.has(d) ? 1 : 0)) : null
  const from = except !== 'dates' && filters.from ? dayNumber(filters.from) : -Infinity
  const to = except !== 'dates' && filters.to ? dayNumber(filters.to) : Infinity
  const minQuality = filters.minQuality ?? -Infinity
  const minOutlets = filters.minOutlets ?? 0
  // An unknown topic matches nothing: the view says so rather than ignoring the filter.
  const spellings = except !== 'topic' && filters.topic ? new Set(topicSpellings(index, filters.topic)) : null
  const topic = spellings ? Uint8Array.from(index.topicNames, (name) => (spellings.has(name) ? 1 : 0)) : null
  const { day, outlet, quality, published, outlets } = index
  return (i) =>
    (topic === null || hasTopic(index, i, topic)) &&
    (!outletOk || outletOk[outlet[i]] === 1) &&
    day[i] >= from &&
    day[i] <= to &&
    quality[i] >= minQuality &&
    (!filters.publishedOnly || published[i] === 1) &&
    outlets[i] >= minOutlets
}

/** Row positions matching the filters (the text query aside), in the chosen order. */
export function selectRows(index: StoryIndex, filters: Filters): Uint32Array {
  const match = indexMatcher(index, filters)
  const out = new Uint32Array(index.count)
  let n = 0
  for (let i = 0; i < index.count; i++) if (match(i)) out[n++] = i
  return sortPositions(index, out.slice(0, n), filters.sort)
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

/** Stories per outlet domain among those matching every filter but the outlet one. */
export function outletCounts(index: StoryIndex, filters: Filters): Map<string, number> {
  const match = indexMatcher(index, filters, 'provider')
  const counts = new Uint32Array(index.domains.length)
  for (let i = 0; i < index.count; i++) if (match(i)) counts[index.outlet[i]]++
  const out = new Map<string, number>()
  counts.forEach((n, o) => n > 0 && out.set(index.domains[o], n))
  return out
}

/** Stories per topic among those matching every filter but the topic one, for every topic, most common in the corpus first. */
export function topicCounts(index: StoryIndex, filters: Filters): { name: string; count: number }[] {
  const match = indexMatcher(index, filters, 'topic')
  const counts = new Uint32Array(index.topicNames.length)
  for (let i = 0; i < index.count; i++) {
    if (!match(i)) continue
    for (let k = index.topicStart[i]; k < index.topicStart[i + 1]; k++) counts[index.topicList[k]]++
  }
  return index.topicNames.map((name, t) => ({ name, count: counts[t] }))
}

/**
 * Stories per UTC day among those matching every filter but the dates (the histogram shows
 * them as a selection), and `keep` when given.
 */
export function dayCounts(index: StoryIndex, filters: Filters, keep?: (i: number) => boolean): Record<string, number> {
  const match = indexMatcher(index, filters, 'dates')
  const counts = new Map<number, number>()
  for (let i = 0; i < index.count; i++) if (match(i) && (!keep || keep(i))) counts.set(index.day[i], (counts.get(index.day[i]) ?? 0) + 1)
  return Object.fromEntries([...counts].sort(([a], [b]) => a - b).map(([d, n]) => [dayString(d), n]))
}

/** The row page holding row `position`, and the row's place in it. */
export function pageOf(position: number, pageSize: number): { page: number; offset: number } {
  return { page: Math.floor(position / pageSize), offset: position % pageSize }
}
