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
  /** In the story page's data only: its quality's standing in the corpus ("Top 10 %"). */
  standing?: string
  /** In the story page's data only: the corpus's quality steps (`Manifest.qualitySteps`). */
  qualitySteps?: number[]
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
  /** One line of the excerpt, when it says more than the title. */
  excerpt?: string
  publishedDateTime: string
  /** The story at its outlet (`Story.webUrl`): what is left to offer when the story cannot be shown. Check it before linking (saved rows come from storage). */
  webUrl: string
  /** Provider domain; the logo is in `providers.json`. */
  provider: string
  providerName: string
  quality: number
  heat: number | null
  type: string
  published: boolean
  image?: Image
  /** Its related articles as its page lists them: syndicated copies (same title or excerpt) count once. */
  relatedCount: number
  /** Id of the story's event, and how many outlets covered it. */
  event: string
  eventOutlets: number
}

/**
 * `columns.json`: every story, a few numbers each, in list order (newest first): what the
 * list's filters, sorts and counts and the timeline's histogram run on, without titles.
 * Position `i` in every column is the story at row `i` (row page `i / pageSize`).
 */
export interface StoryColumns {
  /**
   * UTC day of publication (days since 1970-01-01), delta-coded: the first value is a day,
   * each next one is how many days older than the previous story (0 on the same day).
   */
  day: number[]
  /** Index into `providers.json`. */
  outlet: number[]
  quality: number[]
  /** -1 where the story has no heat score. */
  heat: number[]
  /** Bit 0: published on the source site. */
  flags: number[]
  /** Outlets that covered the story's event. */
  outlets: number[]
}

/**
 * `topics.json`: every story's topics, in list order, fetched only when a topic is chosen
 * or the topic filter is opened (at 100,000 stories it would add a third to the open list).
 */
export interface StoryTopics {
  /** Every topic of the corpus, most stories first (then by name). */
  names: string[]
  /** Story `i`'s topics, as positions in `names`. */
  stories: number[][]
}

/** Topics the filter offers before any is chosen: the corpus's most common, at most this many. Any other is reached by its link. */
export const LISTED_TOPICS = 31

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
 * `rows/0.json` (the newest rows) is always there, so both are fetched at once.
 */
export interface Manifest {
  storyCount: number
  providerCount: number
  dateRange: { from: string; to: string } | null
  qualityRange: { min: number; max: number } | null
  /** The lowest quality in the top 10 %, top 25 % and top half of the stories (`src/lib/quality.ts`). */
  qualitySteps: number[]
  /** False when heat is absent, or equal to quality, on every story: then every heat is null. */
  heatShown: boolean
  /** Rows per row page (`rows/<n>.json`: `IndexRow[]`, newest first, the order of `columns.json`). */
  pageSize: number
  /** Every article the corpus knows (its stories and their related entries, merged by URL). */
  articleCount: number
  /** Events over all articles, the size of the largest, and the most outlets one event has. */
  eventCount: number
  largestEvent: number
  widestEvent: number
  /** The grouped list's rows (events with a story of the corpus), newest first, in chunks. */
  eventChunks: EventChunk[]
  /** The topics the filter offers (`?topic=` takes any), the most common `LISTED_TOPICS`, with their story counts. */
  topics: { name: string; count: number }[]
}

export interface EventChunk {
  /** File name under the data folder, e.g. `events/0.json`. */
  file: string
  count: number
}

/** One row of `outlets.json` (the outlets page): an outlet's stories, and how it covers events of two outlets or more. */
export interface OutletStanding {
  name: string
  domain: string
  /** Stories of the corpus from it (0 for an outlet known only from related entries). */
  stories: number
  /** Events of two outlets or more it covered. */
  events: number
  /** Of those, how many it reported first. */
  first: number
  /** Median time from an event's first report to its own, over the events it did not report first. */
  medianLagMs?: number
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
 * An event page's data (in `event/<id>/index.html`): one event (the same news, as every
 * outlet covered it), for events of two outlets or more with a story of the corpus. Its headline is its lead article's title: the
 * best-quality story of the corpus in it, or the best-quality article when it has none.
 */
export interface NewsEvent extends EventRef {
  leadStoryId?: string
  /** First and last dated article (UTC ISO instants). */
  first: string
  last: string
  /** Oldest first; undated articles last. */
  articles: EventArticle[]
  /** In the event page's data only: the corpus's quality steps (`Manifest.qualitySteps`). */
  qualitySteps?: number[]
  /** The same story's events before this one and after it, nearest first (a short chain). */
  earlier?: ChainRef[]
  later?: ChainRef[]
}

/** An event of the same story, as its neighbours in the chain show it. */
export interface ChainRef extends EventRef {
  /** Its first dated article (UTC ISO instant). */
  first: string
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
  /** True when the event has a page (`hasEventPage`): two outlets or more. */
  page: boolean
  /** The story the event is named after, if it has one. */
  leadStoryId?: string
  /** Its stories' topics, for the topic filter (related articles have none); absent when none. */
  topics?: string[]
}

/** The search index (src/shared/text-index/'s files) is in this folder of the data folder. */
export const SEARCH_FOLDER = 'search/'

/**
 * Which events have a page: two outlets or more, and among them a story of this corpus (an
 * event known only from other stories' related entries is none of the site's coverage). A
 * story's own event holds the story, so for it the outlets decide.
 */
export function hasEventPage(event: { outletCount: number }, holdsStory = true): boolean {
  return event.outletCount >= 2 && holdsStory
}
