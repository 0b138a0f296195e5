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
