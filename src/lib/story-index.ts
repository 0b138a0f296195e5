import type { ProviderList, StoryColumns, StoryTopics } from '../content/types.ts'

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

/** The corpus's spellings of a topic (matched without regard to case): "AI" and "ai" are one topic to a reader. */
export function topicSpellings(index: StoryIndex, topic: string): string[] {
  const wanted = topic.toLowerCase()
  return index.topicNames.filter((name) => name.toLowerCase() === wanted)
}

/** The row page holding row `position`, and the row's place in it. */
export function pageOf(position: number, pageSize: number): { page: number; offset: number } {
  return { page: Math.floor(position / pageSize), offset: position % pageSize }
}
