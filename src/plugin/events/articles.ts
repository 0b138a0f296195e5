import type { EventArticle } from '../../content/types.ts'
import type { LinkedStory } from '../ingest/link.ts'

/** An article the corpus knows, with what grouping and the outputs need. */
export interface Article extends EventArticle {
  /** The normalized URL key, under which story files and related entries were merged. */
  key: string
  excerpt: string
  /** Set for stories of the corpus. */
  published?: boolean
}

/** Every article, and for each the articles a related entry ties it to, by their place in the list. */
export interface CollectedArticles {
  articles: Article[]
  /**
   * `links[i]` for `articles[i]`, each once. Apart from the articles, which the outputs keep
   * to the end of the build: the grouping alone reads them (583,046 lists at 100,000 stories).
   */
  links: number[][]
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
export function collectArticles(stories: readonly LinkedStory[], keyOfUrl: (href: string) => string | null): CollectedArticles {
  const byKey = new Map<string, Article>()
  const linksOf = new Map<Article, Article[]>()
  const link = (from: Article, to: Article) => {
    const list = linksOf.get(from)
    if (!list) linksOf.set(from, [to])
    else if (!list.includes(to)) list.push(to)
  }
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
            // A related entry's provider is its outlet's one object (`oneProvider`), name and domain only.
            provider: r.provider,
            quality: r.quality,
            type: r.type,
            ...(r.publishedDateTime ? { publishedDateTime: r.publishedDateTime } : {}),
          }),
        )
      } else if (!article.storyId) {
        if (!article.publishedDateTime && r.publishedDateTime) article.publishedDateTime = r.publishedDateTime
        if (!article.excerpt && r.excerpt) article.excerpt = r.excerpt
        if (article.quality === null && r.quality !== null) article.quality = r.quality
      }
      if (article === self) continue
      link(self, article)
      link(article, self)
    }
  }
  const articles = [...byKey.values()].sort(byTime)
  const place = new Map(articles.map((a, i) => [a, i]))
  return { articles, links: articles.map((a) => linksOf.get(a)?.map((b) => place.get(b)!) ?? []) }
}

/** Oldest first, undated last, ties by URL key: an event's articles in the order a reader sees them. */
export function byTime(a: Article, b: Article): number {
  const da = a.publishedDateTime ?? '\uffff'
  const db = b.publishedDateTime ?? '\uffff'
  return da < db ? -1 : da > db ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0
}
