import { byTime, leadOf, type Article } from './articles.ts'
import { CORRECTIONS_FILE, type Corrections, type Ref } from './corrections.ts'
import { baseId, shortHash } from '../ingest/ids.ts'
import type { Problem } from '../ingest/problems.ts'

/** An event before its counts: what corrections change. */
export interface DraftEvent {
  id: string
  articles: Article[]
  lead: Article
  headline: string
}

const URL = /^https?:\/\//i

/**
 * Applies the site owner's corrections to the grouping, in order: separate, merge, lead,
 * rename. Events are named by the ids the grouping gave them (an event merged away answers
 * to its old id too) or by the URL of an article in them. An event keeps its id through
 * every correction, so adding one changes no other event's address; an article separated
 * gets an id of its own. What cannot apply is reported by line and reason; the rest applies.
 * Events stay in order of their first article.
 */
export function applyCorrections(
  drafts: readonly DraftEvent[],
  corrections: Corrections,
  keyOfUrl: (href: string) => string | null,
  file = CORRECTIONS_FILE,
): { events: DraftEvent[]; problems: Problem[] } {
  // Most corpora have none: no copy and no index of 500,000 articles for nothing.
  if (Object.values(corrections).every((list) => list.length === 0)) return { events: [...drafts], problems: [] }
  const events = drafts.map((d) => ({ ...d, articles: [...d.articles] }))
  const problems: Problem[] = []
  const byId = new Map(events.map((e) => [e.id, e]))
  const byKey = new Map(events.flatMap((e) => e.articles.map((a) => [a.key, e] as const)))
  const ids = new Set(byId.keys())
  const fail = (line: number, reason: string, field: string) => problems.push({ file, kind: 'dropped', line, field, reason })
  const keyOf = (r: Ref) => keyOfUrl(r.ref) ?? r.ref
  const eventOf = (r: Ref, field: string): DraftEvent | undefined => {
    const event = URL.test(r.ref) ? byKey.get(keyOf(r)) : byId.get(r.ref)
    if (!event) fail(r.line, URL.test(r.ref) ? `no article of the corpus has the URL ${r.ref}` : `no event has the id ${r.ref}`, field)
    return event
  }

  for (const r of corrections.separate) {
    if (!URL.test(r.ref)) {
      fail(r.line, `expected an article URL, not ${r.ref}`, 'separate')
      continue
    }
    const event = eventOf(r, 'separate')
    if (!event) continue
    if (event.articles.length === 1) {
      fail(r.line, `${r.ref} is already an event of its own`, 'separate')
      continue
    }
    const article = event.articles.find((a) => a.key === keyOf(r))!
    event.articles = event.articles.filter((a) => a !== article)
    let id = baseId(article.title, article.publishedDateTime ?? '0000-00-00')
    if (ids.has(id)) id = `${id}-${shortHash(article.key)}`
    ids.add(id)
    const alone: DraftEvent = { id, articles: [article], lead: article, headline: article.title }
    events.push(alone)
    byId.set(id, alone)
    byKey.set(article.key, alone)
    if (event.lead === article) {
      event.lead = leadOf(event.articles)
      event.headline = event.lead.title
    }
  }

  for (const { refs, line } of corrections.merge) {
    const found = refs.map((r) => eventOf(r, 'merge'))
    if (found.some((e) => !e)) continue
    const [into, ...others] = [...new Set(found as DraftEvent[])]
    if (others.length === 0) {
      fail(line, 'these name one event already', 'merge')
      continue
    }
    for (const other of others) {
      into.articles.push(...other.articles)
      for (const a of other.articles) byKey.set(a.key, into)
      for (const [id, e] of byId) if (e === other) byId.set(id, into)
      events.splice(events.indexOf(other), 1)
    }
    into.articles.sort(byTime)
    into.lead = leadOf(into.articles)
    into.headline = into.lead.title
  }

  for (const { event: r, article } of corrections.lead) {
    const event = eventOf(r, 'lead')
    if (!event) continue
    const lead = event.articles.find((a) => a.key === keyOf(article))
    if (!lead) {
      fail(article.line, `${article.ref} is not an article of the event ${event.id}`, 'lead')
      continue
    }
    ;[event.lead, event.headline] = [lead, lead.title]
  }

  for (const { event: r, headline } of corrections.rename) {
    const event = eventOf(r, 'rename')
    if (event) event.headline = headline
  }
  // Separating and merging move articles between events: events go back in order of their first article.
  if (corrections.separate.length || corrections.merge.length) events.sort((a, b) => byTime(a.articles[0], b.articles[0]) || (a.id < b.id ? -1 : 1))
  return { events, problems }
}
