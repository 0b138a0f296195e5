import type { EventArticle } from '../../content/types.ts'
import type { LinkedStory } from '../ingest/link.ts'

/** An article the corpus knows, with what grouping and the outputs need. */
export interface Article extends EventArticle {
  /** The normalized URL key, under which story files and related entries were merged. */
  key: string
  excerpt: string
  /** Set for stories of the corpus. */
  published?: boolean
  /** Keys of the articles a related entry ties this one to, each once (an array: 583,000 sets weighed 100 MB more). */
  links: string[]
}

/** The best-quality story of the corpus in the event, else its best-quality article; ties to the earliest. */
export function leadOf(group: Article[]): Article {
  let best = group[0]
  for (const a of group) {
    if (!!a.storyId !== !!best.storyId ? !!a.storyId : (a.quality ?? -1) > (best.quality ?? -1)) best = a
  }
  return best
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
      links: [],
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
            links: [],
            ...(r.publishedDateTime ? { publishedDateTime: r.publishedDateTime } : {}),
          }),
        )
      } else if (!article.storyId) {
        if (!article.publishedDateTime && r.publishedDateTime) article.publishedDateTime = r.publishedDateTime
        if (!article.excerpt && r.excerpt) article.excerpt = r.excerpt
        if (article.quality === null && r.quality !== null) article.quality = r.quality
      }
      if (article === self) continue
      if (!self.links.includes(key)) self.links.push(key)
      if (!article.links.includes(self.key)) article.links.push(self.key)
    }
  }
  return [...byKey.values()].sort(byTime)
}

/** Oldest first, undated last, ties by URL key: an event's articles in the order a reader sees them. */
export function byTime(a: Article, b: Article): number {
  const da = a.publishedDateTime ?? '\uffff'
  const db = b.publishedDateTime ?? '\uffff'
  return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}
