import { countByDay, groupBy } from '../../shared/group.ts'
import { dayNumber } from '../../shared/dates.ts'
import { toRow } from '../../content/to-row.ts'
import { qualitySteps } from '../../shared/quality.ts'
import { storyKey } from '../../shared/story-key.ts'
import { LISTED_TOPICS, type ExternalArticle, type Manifest, type NewsEvent, type ProviderList, type Story, type StoryColumns, type StoryTopics, type TimelineData } from '../../content/types.ts'
import { layoutEvents } from './emit-events.ts'
import { inChunks, type Layout } from './layout.ts'
import { outletStandings } from '../events/outlet-standings.ts'
import type { Grouping } from '../events/events.ts'
import type { SearchFiles } from './search-index.ts'
import { DATA_FILES, externalFile, rowPageFile } from '../../content/paths.ts'

/** The list's order: newest first, ties by id. */
export function newestFirstOrder(a: { publishedDateTime: string; id: string }, b: { publishedDateTime: string; id: string }): number {
  return a.publishedDateTime < b.publishedDateTime ? 1 : a.publishedDateTime > b.publishedDateTime ? -1 : a.id < b.id ? -1 : 1
}

export interface EmittedData {
  manifest: Manifest
  /** The small and medium JSON files, by path in the data folder (`manifest.json`, `columns.json`, …). */
  files: Map<string, string>
  /**
   * The bulk, kept as objects and serialized only as each file is written (or requested in
   * `vite dev`): holding a 100k-story corpus as strings would double the build's memory.
   */
  stories: Map<string, Story>
  /**
   * The bulk, by path in the data folder, serialized only as each file is written (or
   * requested in `vite dev`): the list's row pages, the grouped list's chunks and the
   * related-only articles by month, 290 MB of JSON at 100,000 stories. The rows and chunks
   * (128 MB) were held as JSON from the layout until written.
   */
  later: Map<string, () => string>
  /** Event pages by event id (`hasPage`): their data goes into their entries. */
  events: Map<string, NewsEvent>
  /** Every article in its event, for `events.csv`. */
  grouping: Grouping
  /** Stories newest first: the list's order, and the search index's records. */
  newestFirst: Story[]
  /** The search index's files, when it was built beside the grouping (a build); else built when written or asked for. */
  search?: SearchFiles
}

/**
 * Lays the corpus out for the browser: a small manifest; a few numbers per story in
 * columns (what filters, sorts and counts run on); the list's rows in small pages newest
 * first, fetched as the list shows them (the first screen needs only page 0); outlets and
 * timeline counts in files of their own; one file per month of related-only articles. A
 * story's own data goes into its HTML entry, written later (`write.ts`).
 */
export function emitData(
  input: readonly Story[],
  external: readonly ExternalArticle[],
  grouping: Grouping,
  layout: Layout,
  /** Each story's related entries as its row counts them, by id, if counted already (`toRow`). */
  relatedCounts?: ReadonlyMap<string, number>,
): EmittedData {
  // Heat that is absent or equal to quality on every story tells a reader nothing: it goes.
  const heatShown = input.some((s) => s.heat !== null && s.heat !== s.quality)
  const stories = heatShown ? input : input.map((s) => (s.heat === null ? s : { ...s, heat: null }))
  const newestFirst = [...stories].sort(newestFirstOrder)
  const files = new Map<string, string>()
  const later = new Map<string, () => string>()
  inChunks(newestFirst, layout.pageSize).forEach((slice, n) => later.set(rowPageFile(n), () => JSON.stringify(slice.map((s) => toRow(s, { relatedCount: relatedCounts?.get(s.id) })))))
  // The first page is always there, even empty: the first screen fetches it with the manifest.
  if (newestFirst.length === 0) later.set(rowPageFile(0), () => '[]')
  const providers = providerCounts(stories)
  files.set(DATA_FILES.providers, JSON.stringify(providers))
  files.set(DATA_FILES.outlets, JSON.stringify(outletStandings(providers, grouping.groups)))
  // One number per story, in list order: what read marks are kept by, fetched only to filter by them.
  files.set(DATA_FILES.keys, JSON.stringify(newestFirst.map((s) => storyKey(s.id))))
  const topics = topicTable(stories)
  files.set(DATA_FILES.columns, JSON.stringify(storyColumns(newestFirst, providers)))
  files.set(DATA_FILES.topics, JSON.stringify(storyTopics(newestFirst, topics.map((t) => t.name))))
  const timeline: TimelineData = { days: dayCounts(stories), external: layoutExternal(external, later) }
  files.set(DATA_FILES.timeline, JSON.stringify(timeline))

  const byId = new Map(stories.map((s) => [s.id, s]))
  const events = layoutEvents(grouping, layout, later, (id) => byId.get(id)?.topics ?? [])
  // Each story's event, as its row's place in the grouped list: a search grouped by event
  // finds its events from the stories it matched (fetched only then).
  files.set(DATA_FILES.storyEvents, JSON.stringify(newestFirst.map((s) => events.order.get(s.event.id) ?? -1)))
  const manifest: Manifest = {
    storyCount: stories.length,
    providerCount: providers.length,
    dateRange: newestFirst.length
      ? { from: newestFirst[newestFirst.length - 1].publishedDateTime, to: newestFirst[0].publishedDateTime }
      : null,
    qualityRange: qualityRange(stories),
    qualitySteps: qualitySteps(stories.map((s) => s.quality)),
    heatShown,
    pageSize: layout.pageSize,
    articleCount: grouping.articleCount,
    eventCount: grouping.groups.length,
    largestEvent: grouping.largest,
    widestEvent: grouping.groups.reduce((n, g) => Math.max(n, g.outletCount), 0),
    eventChunks: events.chunks,
    topics: topics.slice(0, LISTED_TOPICS),
  }
  files.set(DATA_FILES.manifest, JSON.stringify(manifest))
  return { manifest, files, later, stories: byId, events: events.pages, grouping, newestFirst }
}


/** The numbers the list filters on, one column each, delta-coding the days (mostly zeros: they compress to little). */
export function storyColumns(newestFirst: readonly Story[], providers: ProviderList): StoryColumns {
  const outletIndex = new Map(providers.map((p, i) => [p.domain, i]))
  const columns: StoryColumns = { day: [], outlet: [], quality: [], heat: [], flags: [], outlets: [] }
  let previous: number | undefined
  for (const s of newestFirst) {
    const day = dayNumber(s.publishedDateTime.slice(0, 10))
    columns.day.push(previous === undefined ? day : previous - day)
    previous = day
    columns.outlet.push(outletIndex.get(s.provider.domain)!)
    columns.quality.push(s.quality)
    columns.heat.push(s.heat ?? -1)
    columns.flags.push(s.published ? 1 : 0)
    columns.outlets.push(s.event.outletCount)
  }
  return columns
}

/** Every story's topics by number, in list order. */
export function storyTopics(newestFirst: readonly Story[], names: string[]): StoryTopics {
  const number = new Map(names.map((name, i) => [name, i]))
  return { names, stories: newestFirst.map((s) => [...new Set(s.topics)].map((t) => number.get(t)!)) }
}

/** Every topic of the corpus by how many stories carry it (then by name). */
export function topicTable(stories: readonly Story[]): Manifest['topics'] {
  const counts = new Map<string, number>()
  for (const s of stories) for (const t of new Set(s.topics)) counts.set(t, (counts.get(t) ?? 0) + 1)
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([name, count]) => ({ name, count }))
}

function layoutExternal(articles: readonly ExternalArticle[], later: Map<string, () => string>): TimelineData['external'] {
  const byMonth = groupBy(articles, (a) => a.publishedDateTime.slice(0, 7))
  const months: TimelineData['external']['months'] = {}
  for (const [month, list] of byMonth) {
    const file = externalFile(month)
    later.set(file, () => JSON.stringify(list))
    months[month] = { file, count: list.length }
  }
  return { count: articles.length, months, days: dayCounts(articles) }
}

function providerCounts(stories: readonly Story[]): ProviderList {
  const byDomain = new Map<string, ProviderList[number]>()
  for (const s of stories) {
    const seen = byDomain.get(s.provider.domain)
    if (seen) {
      seen.count++
      if (!seen.logo && s.provider.logo) seen.logo = s.provider.logo
    } else {
      byDomain.set(s.provider.domain, { ...s.provider, count: 1 })
    }
  }
  return [...byDomain.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

function qualityRange(stories: readonly Story[]): Manifest['qualityRange'] {
  if (stories.length === 0) return null
  // A loop, not Math.min(...spread): spreading 100k arguments overflows the stack.
  let min = Infinity
  let max = -Infinity
  for (const s of stories) {
    min = Math.min(min, s.quality)
    max = Math.max(max, s.quality)
  }
  return { min, max }
}

/** Counts per UTC day, in date order (the emitted JSON reads chronologically). */
function dayCounts(items: readonly { publishedDateTime: string }[]): Record<string, number> {
  return Object.fromEntries(Object.entries(countByDay(items)).sort(([a], [b]) => (a < b ? -1 : 1)))
}
