import type { EventChunk, EventRow, NewsEvent } from '../../content/types.ts'
import { inChunks, type Layout } from './layout.ts'
import { hasPage, toNewsEvent, type EventGroup, type Grouping } from '../events/events.ts'

/**
 * Lays the events out for the browser: a page for each event of two outlets or more with a
 * story of the corpus (`hasPage`; its data goes into its HTML entry), and the grouped list's
 * rows in chunks newest first (`events/<n>.json`, serialized as each is written), one for
 * each event with a story of the corpus. Events of related entries alone are in
 * `events.csv`, not rows: no story of the site is in them.
 */
export function layoutEvents(
  grouping: Grouping,
  layout: Layout,
  later: Map<string, () => string>,
  topicsOf: (storyId: string) => readonly string[] = () => [],
): { chunks: EventChunk[]; pages: Map<string, NewsEvent>; order: Map<string, number> } {
  const pages = new Map<string, NewsEvent>()
  const listed: EventGroup[] = []
  for (const group of grouping.groups) {
    if (hasPage(group)) pages.set(group.id, toNewsEvent(group))
    if (group.lead.storyId) listed.push(group)
  }
  listed.sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : a.id < b.id ? -1 : 1))
  const chunks = inChunks(listed, layout.chunkSize).map((slice, n): EventChunk => {
    const file = `events/${n}.json`
    later.set(file, () => JSON.stringify(slice.map((group) => toRow(group, hasPage(group), topicsOf))))
    return { file, count: slice.length }
  })
  // Each event's place in the grouped list's rows (chunks in order): what `story-events.json` names.
  const order = new Map(listed.map((group, n) => [group.id, n]))
  return { chunks, pages, order }
}

function toRow(group: EventGroup, page: boolean, topicsOf: (storyId: string) => readonly string[]): EventRow {
  const outlets = new Map<string, number>()
  const topics = new Set(group.articles.flatMap((a) => (a.storyId ? topicsOf(a.storyId) : [])))
  const row: EventRow = {
    id: group.id,
    headline: group.headline,
    articleCount: group.articleCount,
    outletCount: group.outletCount,
    first: group.first,
    last: group.last,
    outlets: [],
    articles: [],
    page,
    ...(group.lead.storyId ? { leadStoryId: group.lead.storyId } : {}),
    ...(topics.size ? { topics: [...topics] } : {}),
  }
  for (const a of group.articles) {
    let outlet = outlets.get(a.provider.domain)
    if (outlet === undefined) {
      outlets.set(a.provider.domain, (outlet = outlets.size))
      row.outlets.push({ name: a.provider.name, domain: a.provider.domain })
    }
    row.articles.push([a.publishedDateTime ?? null, outlet, a.quality, a.published ? 1 : 0])
  }
  return row
}
