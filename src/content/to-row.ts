import type { IndexRow, Story } from './types.ts'

/** A story as a row of the list (`rows/<n>.json`, a search result, a saved story). */
export function toRow(s: Story): IndexRow {
  return {
    id: s.id,
    title: s.title,
    publishedDateTime: s.publishedDateTime,
    provider: s.provider.domain,
    providerName: s.provider.name,
    quality: s.quality,
    heat: s.heat,
    type: s.type,
    published: s.published,
    ...(s.images[0] ? { image: s.images[0] } : {}),
    relatedCount: s.related.length,
    event: s.event.id,
    eventOutlets: s.event.outletCount,
  }
}
