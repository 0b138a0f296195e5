// Every path the build writes and the app reads or links to, in one place. One encoding
// rule: an id or a domain in a path is `encodeURIComponent`-ed, on both sides. Story and
// event ids are slugs (a–z, 0–9, "-"), so files on disk and URLs agree.

const segment = (value: string) => encodeURIComponent(value)

/** The corpus-wide data files, by path in the data folder (`data/<version>/`). */
export const DATA_FILES = {
  manifest: 'manifest.json',
  providers: 'providers.json',
  outlets: 'outlets.json',
  timeline: 'timeline.json',
  columns: 'columns.json',
  topics: 'topics.json',
  keys: 'keys.json',
  storyEvents: 'story-events.json',
} as const

/** The search index's meta, in the search folder (`SEARCH_FOLDER`): fetched with the first search. */
export const SEARCH_META_FILE = 'meta.json'

/** One page of list rows: `rows/<n>.json`. */
export const rowPageFile = (page: number) => `rows/${page}.json`
/** Related-only articles of one UTC month: `external/2020-11.json`. */
export const externalFile = (month: string) => `external/${month}.json`

/**
 * A story's page, relative to the site's base: `story/<id>`. Its HTML entry,
 * `story/<id>/index.html`, carries the story's data (`shared/page-data.ts`).
 */
export const storyPage = (id: string) => `story/${segment(id)}`
/** The folders holding only story and event pages (the deploy summary counts them from the writer). */
export const PAGE_FOLDERS = ['story', 'event'] as const
/** An event's page, relative to the site's base: `event/<id>`, its data in its entry as a story's. */
export const eventPage = (id: string) => `event/${segment(id)}`

/** Where an outlet's feed is, under the site's base: `feed.xml` (Atom) in it. */
export const outletFeedFolder = (domain: string) => `outlet/${segment(domain)}/`

/** The app's routes, as links. */
export const storyPath = (id: string) => `/${storyPage(id)}`
export const eventPath = (id: string) => `/${eventPage(id)}`
/** The list of one outlet's stories. */
export const outletPath = (domain: string) => `/?${new URLSearchParams({ provider: domain })}`
/** The list of one topic's stories. */
export const topicPath = (topic: string) => `/?${new URLSearchParams({ topic })}`
