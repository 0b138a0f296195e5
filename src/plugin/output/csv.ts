import type { Grouping } from '../events/events.ts'

export const EVENTS_CSV_HEADER = ['event_id', 'event_headline', 'article_url', 'article_title', 'outlet', 'published'] as const

/** One RFC 4180 record: a field with a quote, comma or line break is quoted, its quotes doubled. */
export function csvRecord(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',') + '\r\n'
}

/**
 * `events.csv`, a record at a time (a 100,000-story corpus makes a file too large to hold as
 * one string): the header, then every article of the corpus once, event by event. `outlet`
 * is the outlet's domain (what `?provider=` takes), `published` the article's date-time
 * (UTC ISO 8601, empty when the related entry gave none), the URL as its file gave it.
 */
export function* eventsCsv(grouping: Grouping): Generator<string> {
  yield csvRecord(EVENTS_CSV_HEADER)
  for (const group of grouping.groups) {
    for (const a of group.articles) {
      yield csvRecord([group.id, group.headline, a.webUrl, a.title, a.provider.domain, a.publishedDateTime ?? ''])
    }
  }
}
