import type { EventArticle, EventRef, NewsEvent } from '../content/types.ts'
import { urlKey } from '../lib/urls.ts'
import type { ClusterOptions } from './cluster.ts'
import { clusterOffThread } from './cluster-off-thread.ts'
import { EXCERPT_CHARS } from './vectors.ts'
import { assignIds } from './ids.ts'
import type { LinkedStory } from './link.ts'

/** An article the corpus knows, with what grouping and the outputs need. */
export interface Article extends EventArticle {
  /** The normalized URL key, under which story files and related entries were merged. */
  key: string
  excerpt: string
  /** Set for stories of the corpus. */
  published?: boolean
  /** Keys of the articles a related entry ties this one to. */
  links: Set<string>
}

/** One event: its id, its lead article and its articles, oldest first (undated last). */
export interface EventGroup extends EventRef {
  lead: Article
  articles: Article[]
  /** First and last dated article (UTC ISO instants; empty when none is dated). */
  first: string
  last: string
}

/** Every event, by the date of its first article; the largest event's size. */
export interface Grouping {
  groups: EventGroup[]
  articleCount: number
  largest: number
}

/**
 * Gathers every article the corpus knows (its stories, and the related entries merged by
 * URL), groups them into events (`clusterArticles`) and names each event after its lead
 * article. Articles are ordered by date and URL key first, so the same files in any
 * order give the same events.
 */
export async function groupEvents(
  stories: readonly LinkedStory[],
  keyOfUrl: (href: string) => string | null = urlKey,
  options?: ClusterOptions,
): Promise<Grouping> {
  const articles = collectArticles(stories, keyOfUrl)
  const index = new Map(articles.map((a, i) => [a.key, i]))
  const labels = await clusterOffThread(
    articles.map((a) => ({
      time: a.publishedDateTime ? Date.parse(a.publishedDateTime) : null,
      title: a.title,
      // What the grouping reads of an excerpt (vectors.ts): less to copy to a worker.
      excerpt: a.excerpt.slice(0, EXCERPT_CHARS),
      links: [...a.links].map((k) => index.get(k)!),
    })),
    options,
  )
  const members: Article[][] = []
  labels.forEach((label, i) => (members[label] ??= []).push(articles[i]))
  const leads = members.map(leadOf)
  const ids = assignIds(
    members.map((m, i) => ({ key: leads[i].key, title: leads[i].title, publishedDateTime: m[0].publishedDateTime ?? '0000-00-00' })),
  )
  // Members keep the articles' order, oldest first and undated last.
  const groups = members.map(
    (m, i): EventGroup => ({
      id: ids[i],
      headline: leads[i].title,
      articleCount: m.length,
      outletCount: m.length === 1 ? 1 : new Set(m.map((a) => a.provider.domain)).size,
      lead: leads[i],
      articles: m,
      first: m[0].publishedDateTime ?? '',
      last: m.findLast((a) => a.publishedDateTime)?.publishedDateTime ?? '',
    }),
  )
  // A reduce, not Math.max(...spread): spreading 100k arguments overflows the stack.
  return { groups, articleCount: articles.length, largest: members.reduce((n, m) => Math.max(n, m.length), 0) }
}

/** What a story says of its event. */
export function eventRef({ id, headline, articleCount, outletCount }: EventGroup): EventRef {
  return { id, headline, articleCount, outletCount }
}

/** `event/<id>.json`. */
export function toNewsEvent(group: EventGroup): NewsEvent {
  return {
    ...eventRef(group),
    ...(group.lead.storyId ? { leadStoryId: group.lead.storyId } : {}),
    first: group.first,
    last: group.last,
    articles: group.articles.map(toEventArticle),
  }
}

function toEventArticle(a: Article): EventArticle {
  return {
    title: a.title,
    ...(a.publishedDateTime ? { publishedDateTime: a.publishedDateTime } : {}),
    webUrl: a.webUrl,
    provider: a.provider,
    quality: a.quality,
    type: a.type,
    ...(a.storyId ? { storyId: a.storyId } : {}),
  }
}

/** The best-quality story of the corpus in the event, else its best-quality article; ties to the earliest. */
function leadOf(group: Article[]): Article {
  const pool = group.some((a) => a.storyId) ? group.filter((a) => a.storyId) : group
  return pool.reduce((best, a) => ((a.quality ?? -1) > (best.quality ?? -1) ? a : best))
}

/**
 * The stories and their related entries as one list of articles, merged by URL key,
 * oldest first (undated last), ties by key. A related entry seen twice fills in only
 * what its first sighting lacked; stories are visited by id, so the result does not
 * depend on file names.
 */
export function collectArticles(stories: readonly LinkedStory[], keyOfUrl: (href: string) => string | null): Article[] {
  const byKey = new Map<string, Article>()
  const keyOfStory = new Map<string, string>()
  const sorted = [...stories].sort((a, b) => (a.id < b.id ? -1 : 1))
  for (const s of sorted) {
    const key = keyOfUrl(s.webUrl) ?? s.webUrl
    keyOfStory.set(s.id, key)
    byKey.set(key, {
      key,
      title: s.title,
      excerpt: s.excerpt,
      publishedDateTime: s.publishedDateTime,
      webUrl: s.webUrl,
      provider: s.provider,
      quality: s.quality,
      type: s.type,
      storyId: s.id,
      published: s.published,
      links: new Set(),
    })
  }
  for (const s of sorted) {
    const self = byKey.get(keyOfStory.get(s.id)!)!
    for (const r of s.related) {
      const key = r.storyId ? keyOfStory.get(r.storyId)! : (keyOfUrl(r.webUrl) ?? r.webUrl)
      let article = byKey.get(key)
      if (!article) {
        byKey.set(
          key,
          (article = {
            key,
            title: r.title,
            excerpt: r.excerpt,
            webUrl: r.webUrl,
            provider: { name: r.provider.name, domain: r.provider.domain },
            quality: r.quality,
            type: r.type,
            links: new Set(),
            ...(r.publishedDateTime ? { publishedDateTime: r.publishedDateTime } : {}),
          }),
        )
      } else if (!article.storyId) {
        if (!article.publishedDateTime && r.publishedDateTime) article.publishedDateTime = r.publishedDateTime
        if (!article.excerpt && r.excerpt) article.excerpt = r.excerpt
        if (article.quality === null && r.quality !== null) article.quality = r.quality
      }
      if (article === self) continue
      self.links.add(key)
      article.links.add(self.key)
    }
  }
  return [...byKey.values()].sort((a, b) => {
    const da = a.publishedDateTime ?? '\uffff'
    const db = b.publishedDateTime ?? '\uffff'
    return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
  })
}
