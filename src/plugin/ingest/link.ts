import { urlKey } from '../../shared/urls.ts'
import type { ExternalArticle, RelatedLink, Story, StoryRef } from '../../content/types.ts'
import type { StoryDraft } from './normalize.ts'

export type IdentifiedDraft = StoryDraft & { id: string }
/** A story with its links resolved; its event comes next (`events.ts`). */
export type LinkedStory = Omit<Story, 'event'>

/**
 * Turns drafts into linked stories: each `related` entry that names a corpus story
 * (by normalized URL) carries its id, duplicates are merged, each story learns which
 * stories list it (`coveredBy`) and its neighbours by date.
 */
export function linkStories(
  drafts: readonly IdentifiedDraft[],
  keyOfUrl: (href: string) => string | null = urlKey,
): { stories: LinkedStory[]; external: ExternalArticle[] } {
  const idByKey = new Map<string, string>()
  for (const s of drafts) {
    for (const href of [s.webUrl, s.originalUrl, s.ampWebUrl]) {
      const key = href && keyOfUrl(href)
      if (key && !idByKey.has(key)) idByKey.set(key, s.id)
    }
  }

  // Each related URL is keyed once; the key serves the merge and the external list alike.
  const keyOf = new Map<RelatedLink, string>()
  const stories: LinkedStory[] = drafts.map((s) => ({
    ...s,
    related: mergeRelated(s.related, s.id, idByKey, keyOf, keyOfUrl),
    coveredBy: [],
  }))
  const byId = new Map(stories.map((s) => [s.id, s]))
  // One reference a story, shared by every list it is in (its neighbours', its citers').
  const refs = new Map(stories.map((s) => [s, toRef(s)]))

  for (const s of stories) {
    for (const r of s.related) {
      if (r.storyId) byId.get(r.storyId)?.coveredBy.push(refs.get(s)!)
    }
  }

  const byDate = [...stories].sort(compareOldestFirst)
  byDate.forEach((s, i) => {
    s.coveredBy.sort(compareOldestFirst)
    if (i > 0) s.prev = refs.get(byDate[i - 1])
    if (i < byDate.length - 1) s.next = refs.get(byDate[i + 1])
  })
  return { stories, external: collectExternal(stories, keyOf) }
}

function mergeRelated(
  entries: readonly RelatedLink[],
  selfId: string,
  idByKey: Map<string, string>,
  keyOf: Map<RelatedLink, string>,
  keyOfUrl: (href: string) => string | null,
): RelatedLink[] {
  const merged = new Map<string, RelatedLink>()
  for (const entry of entries) {
    const key = keyOfUrl(entry.webUrl) ?? entry.webUrl
    const storyId = idByKey.get(key)
    if (storyId === selfId) continue
    const seen = merged.get(key)
    // A later duplicate only fills in what the first one lacked. An entry that gains
    // nothing is kept as it is: at 100,000 stories a copy of each was 1.4 million objects.
    merged.set(key, seen ? { ...entry, ...definedOnly(seen) } : storyId ? { ...entry, storyId } : entry)
  }
  for (const [key, link] of merged) keyOf.set(link, key)
  return [...merged.values()].sort(compareOldestFirst)
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>
}

function toRef(s: LinkedStory): StoryRef {
  return {
    id: s.id,
    title: s.title,
    publishedDateTime: s.publishedDateTime,
    provider: { name: s.provider.name, domain: s.provider.domain },
    quality: s.quality,
  }
}

/** Oldest first; undated entries last; ties by title so the order is stable. */
export function compareOldestFirst(
  a: { publishedDateTime?: string; title: string },
  b: { publishedDateTime?: string; title: string },
): number {
  const da = a.publishedDateTime ?? '\uffff'
  const db = b.publishedDateTime ?? '\uffff'
  if (da !== db) return da < db ? -1 : 1
  return a.title < b.title ? -1 : a.title > b.title ? 1 : 0
}

/**
 * The articles the corpus knows only as related entries (dated, not corpus stories),
 * one per URL, each with the stories that cite it: the timeline shows them as context.
 */
function collectExternal(stories: readonly LinkedStory[], keyOf: Map<RelatedLink, string>): ExternalArticle[] {
  const byKey = new Map<string, ExternalArticle>()
  for (const s of stories) {
    for (const r of s.related) {
      if (r.storyId || !r.publishedDateTime) continue
      const key = keyOf.get(r)!
      const seen = byKey.get(key)
      if (seen) {
        if (!seen.citedBy.includes(s.id)) seen.citedBy.push(s.id)
        continue
      }
      byKey.set(key, {
        title: r.title,
        publishedDateTime: r.publishedDateTime,
        webUrl: r.webUrl,
        provider: r.provider,
        quality: r.quality,
        citedBy: [s.id],
      })
    }
  }
  return [...byKey.values()].sort(compareOldestFirst)
}
