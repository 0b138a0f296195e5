// The data contract: the shapes the content plugin emits as JSON and the app reads.
// Both sides import these types from here; the browser imports nothing from src/plugin/.
// Field names follow the story file format.

export interface Image {
  url: string
  width: number | null
  height: number | null
}

export interface Provider {
  name: string
  domain: string
  /** The provider's logo (first http(s) image of `provider.images`). */
  logo?: Image
}

/** An embed the app builds itself from a parsed id; the file's HTML is never shipped. */
export interface VideoEmbed {
  kind: 'youtube'
  id: string
}

/** A story as it reaches the story page. */
export interface Story {
  id: string
  title: string
  /** UTC ISO instant. */
  publishedDateTime: string
  quality: number
  topics: string[]
  excerpt: string
  /** `webUrl`, or `originalUrl` when the file has none. */
  webUrl: string
  originalUrl?: string
  ampWebUrl?: string
  type: string
  /** Null where the file says `heat: -1` (no score). */
  heat: number | null
  published: boolean
  provider: Provider
  images: Image[]
  video?: VideoEmbed
  related: RelatedLink[]
  /** Stories of the corpus that list this one as related ("also covered in"). */
  coveredBy: StoryRef[]
  /** Neighbours by date: `prev` is older, `next` is newer. */
  prev?: StoryRef
  next?: StoryRef
  /** The event this story belongs to (every story belongs to one, often alone). */
  event: EventRef
}

/** A `related` entry, merged by URL, linked to the corpus story it names if any. */
export interface RelatedLink {
  title: string
  excerpt: string
  publishedDateTime?: string
  webUrl: string
  ampWebUrl?: string
  type: string
  provider: { name: string; domain: string }
  quality: number | null
  /** Id of the corpus story at this URL: the app links inside itself. */
  storyId?: string
}

export interface StoryRef {
  id: string
  title: string
  publishedDateTime: string
  provider: { name: string; domain: string }
  quality: number
}

/** One row of the list index: what the list, filters and timeline need, nothing more. */
export interface IndexRow {
  id: string
  title: string
  publishedDateTime: string
  /** Provider domain; the logo is in `providers.json`. */
  provider: string
  providerName: string
  quality: number
  heat: number | null
  type: string
  published: boolean
  image?: Image
  relatedCount: number
  /** Id of the story's event, and how many outlets covered it. */
  event: string
  eventOutlets: number
}

export interface IndexChunk {
  /** File name under the data folder, e.g. `index/0.json`. */
  file: string
  /** The rows' excerpts, in row order (`search/0.json`): fetched only for a text search. */
  search: string
  count: number
  /** Newest and oldest `publishedDateTime` in the chunk (chunks run newest first). */
  newest: string
  oldest: string
}

/** An article known only as a `related` entry of corpus stories, deduplicated by URL. */
export interface ExternalArticle {
  title: string
  publishedDateTime: string
  webUrl: string
  provider: { name: string; domain: string }
  quality: number | null
  /** Ids of the corpus stories that list it. */
  citedBy: string[]
}

/**
 * What the first screen needs besides the first rows, and small whatever the corpus size.
 * `index/0.json` (the newest rows) is always there, so both are fetched at once.
 */
export interface Manifest {
  storyCount: number
  providerCount: number
  dateRange: { from: string; to: string } | null
  qualityRange: { min: number; max: number } | null
  /** The first chunk is small (the first screen); the others are large (few requests). */
  chunks: IndexChunk[]
  /** Every article the corpus knows (its stories and their related entries, merged by URL). */
  articleCount: number
  /** Events over all articles, and the size of the largest. */
  eventCount: number
  largestEvent: number
  /** The grouped list's rows (events with a story of the corpus), newest first, in chunks. */
  eventChunks: EventChunk[]
}

export interface EventChunk {
  /** File name under the data folder, e.g. `events/0.json`. */
  file: string
  count: number
}

/** `providers.json`: every outlet, most stories first. */
export type ProviderList = (Provider & { count: number })[]

/** `timeline.json`: the counts the timeline's histogram draws, precomputed. */
export interface TimelineData {
  /** Stories per UTC day (`YYYY-MM-DD`). */
  days: Record<string, number>
  /** Articles known only as related entries, in one file per UTC month (`external/2020-11.json`). */
  external: {
    count: number
    months: Record<string, { file: string; count: number }>
    days: Record<string, number>
  }
}

/** What a story or a row says of its event. */
export interface EventRef {
  id: string
  headline: string
  articleCount: number
  outletCount: number
}

/** One article of an event: a story of the corpus or an article known only as a related entry. */
export interface EventArticle {
  title: string
  /** Absent for a related entry without a date. */
  publishedDateTime?: string
  webUrl: string
  provider: Provider
  quality: number | null
  type: string
  /** Id of the corpus story at this URL: the app opens it inside itself. */
  storyId?: string
}

/**
 * `event/<id>.json`: one event (the same news, as every outlet covered it), written for
 * events of two articles or more. Its headline is its lead article's title: the
 * best-quality story of the corpus in it, or the best-quality article when it has none.
 */
export interface NewsEvent extends EventRef {
  leadStoryId?: string
  /** First and last dated article (UTC ISO instants). */
  first: string
  last: string
  /** Oldest first; undated articles last. */
  articles: EventArticle[]
}

/**
 * One article of an event row, compact: `[publishedDateTime or null, index into the
 * row's outlets, quality or null, 1 when it is a published story of the corpus]`.
 * Enough to apply the list's filters to an event by its articles.
 */
export type EventRowArticle = [publishedDateTime: string | null, outlet: number, quality: number | null, published: 0 | 1]

/** One row of the grouped list and of the timeline's event bars (`events/<n>.json`). */
export interface EventRow extends EventRef {
  first: string
  last: string
  /** Every outlet, in the order they first reported: the first is the first reporter. */
  outlets: { name: string; domain: string }[]
  /** Oldest first. */
  articles: EventRowArticle[]
  /** True when the event has a page (`event/<id>.json`): two articles or more. */
  page: boolean
  /** The story the event is named after, if it has one. */
  leadStoryId?: string
}
