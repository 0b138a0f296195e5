import { relatedEntries } from '../shared/related.ts'
import type { IndexRow, Story } from './types.ts'

/** A row's excerpt is one line: no more is shipped. */
const ROW_EXCERPT_MAX = 180

const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The excerpt a list row shows: only when it says more than the title (some corpora repeat the title), cut to a line. */
export function rowExcerpt(title: string, excerpt: string): string | undefined {
  const text = excerpt.replace(/\s+/g, ' ').trim()
  if (!text || plain(title).includes(plain(text)) || plain(text) === plain(title)) return undefined
  return text.length <= ROW_EXCERPT_MAX ? text : `${text.slice(0, text.lastIndexOf(' ', ROW_EXCERPT_MAX) > 100 ? text.lastIndexOf(' ', ROW_EXCERPT_MAX) : ROW_EXCERPT_MAX)}…`
}

/**
 * A story as a row of the list (`rows/<n>.json`, a search result, a saved story). The build
 * passes `relatedCount`, counted while the grouping ran: it was most of the rows' cost.
 */
export function toRow(s: Story, counted: { relatedCount?: number } = {}): IndexRow {
  const excerpt = rowExcerpt(s.title, s.excerpt)
  return {
    id: s.id,
    title: s.title,
    ...(excerpt ? { excerpt } : {}),
    publishedDateTime: s.publishedDateTime,
    webUrl: s.webUrl,
    provider: s.provider.domain,
    providerName: s.provider.name,
    quality: s.quality,
    heat: s.heat,
    type: s.type,
    published: s.published,
    ...(s.images[0] ? { image: s.images[0] } : {}),
    // As the story page lists them: syndicated copies are one entry.
    relatedCount: counted.relatedCount ?? relatedEntries(s.related).length,
    event: s.event.id,
    eventOutlets: s.event.outletCount,
  }
}
