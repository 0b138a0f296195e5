import { hasEventPage, type ChainRef, type EventArticle, type EventRef, type NewsEvent } from '../../content/types.ts'
import { applyCorrections } from './apply-corrections.ts'
import { collectArticles, leadOf, type Article } from './articles.ts'
import { NO_CORRECTIONS, type Corrections } from './corrections.ts'
import type { Problem } from '../ingest/problems.ts'
import { chainEvents } from './story-chain.ts'
import { urlKey } from '../../shared/urls.ts'
import type { ClusterOptions } from './cluster.ts'
import { clusterOffThread } from './cluster-off-thread.ts'
import type { Vectors } from './vectors.ts'
import { assignIds } from '../ingest/ids.ts'
import type { LinkedStory } from '../ingest/link.ts'

/** One event: its id, its lead article and its articles, oldest first (undated last). */
export interface EventGroup extends EventRef {
  lead: Article
  articles: Article[]
  /** First and last dated article (UTC ISO instants; empty when none is dated). */
  first: string
  last: string
  /** The events just before and after it in the same story (`story-chain.ts`), among events of two articles or more. */
  before?: EventGroup
  after?: EventGroup
}

/** Every event, by the date of its first article; the largest event's size. */
export interface Grouping {
  groups: EventGroup[]
  articleCount: number
  largest: number
  /** Corrections that could not apply (`events.yaml`). */
  problems: Problem[]
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
  corrections: Corrections = NO_CORRECTIONS,
): Promise<Grouping> {
  const { articles, links } = collectArticles(stories, keyOfUrl)
  const { labels, vectors } = await clusterOffThread(
    articles.length,
    () =>
      articles.map((a, i) => ({
        time: a.publishedDateTime ? Date.parse(a.publishedDateTime) : null,
        title: a.title,
        outlet: a.provider.domain,
        excerpt: a.excerpt,
        links: links[i],
      })),
    options,
  )
  const members = membersOf(labels, articles)
  const leads = members.map(leadOf)
  const ids = assignIds(
    members.map((m, i) => ({ key: leads[i].key, title: leads[i].title, publishedDateTime: m[0].publishedDateTime ?? '0000-00-00' })),
  )
  const drafts = members.map((m, i) => ({ id: ids[i], articles: m, lead: leads[i], headline: leads[i].title }))
  const corrected = applyCorrections(drafts, corrections, keyOfUrl)
  // Members keep the articles' order, oldest first and undated last.
  const groups = corrected.events.map(
    ({ id, articles: m, lead, headline }): EventGroup => ({
      id,
      headline,
      articleCount: m.length,
      outletCount: m.length === 1 ? 1 : new Set(m.map((a) => a.provider.domain)).size,
      lead,
      articles: m,
      first: m[0].publishedDateTime ?? '',
      last: m.findLast((a) => a.publishedDateTime)?.publishedDateTime ?? '',
    }),
  )
  // Made again here rather than kept from `collectArticles`: not held while the worker runs (583,046 entries at 100,000 stories).
  const index = new Map(articles.map((a, i) => [a, i]))
  linkChain(
    groups.filter(hasPage),
    (a) => index.get(a)!,
    vectors,
  )
  // A reduce, not Math.max(...spread): spreading 100k arguments overflows the stack.
  return { groups, articleCount: articles.length, largest: groups.reduce((n, g) => Math.max(n, g.articleCount), 0), problems: corrected.problems }
}

/**
 * Each event's articles (events are numbered from 0, articles in order), each in an array of
 * its length: an array grown by \`push\` keeps room for 16 more, 65 MB over the 430,000
 * events of 100,000 stories, held to the end of the build.
 */
function membersOf(labels: Int32Array, articles: readonly Article[]): Article[][] {
  const sizes: number[] = []
  for (const label of labels) sizes[label] = (sizes[label] ?? 0) + 1
  const members = sizes.map((size) => new Array<Article>(size))
  const filled = new Int32Array(sizes.length)
  labels.forEach((label, i) => (members[label][filled[label]++] = articles[i]))
  return members
}

/** Sets each event's `before` and `after` in its story, from its articles' vectors (by their index). */
function linkChain(paged: EventGroup[], indexOf: (a: Article) => number, vectors: Vectors) {
  const { before, after } = chainEvents(
    paged.map((g) => ({ articles: g.articles.map(indexOf), start: g.first ? Date.parse(g.first) : NaN })),
    vectors,
  )
  paged.forEach((g, i) => {
    if (before[i] >= 0) g.before = paged[before[i]]
    if (after[i] >= 0) g.after = paged[after[i]]
  })
}

/** At most this many events of the story each side of an event: a short chain, nearest first. */
const CHAIN_STEPS = 3

function chainFrom(group: EventGroup, side: 'before' | 'after'): ChainRef[] {
  const out: ChainRef[] = []
  for (let e = group[side]; e && out.length < CHAIN_STEPS; e = e[side]) out.push({ ...eventRef(e), first: e.first })
  return out
}

/** What a story says of its event. */
/** Whether this event gets a page (`hasEventPage`): two outlets or more, one article a story of the corpus. */
export function hasPage(group: EventGroup): boolean {
  return hasEventPage(group, group.articles.some((a) => a.storyId !== undefined))
}

export function eventRef({ id, headline, articleCount, outletCount }: EventGroup): EventRef {
  return { id, headline, articleCount, outletCount }
}

/** An event page's data. */
export function toNewsEvent(group: EventGroup): NewsEvent {
  return {
    ...eventRef(group),
    ...(group.lead.storyId ? { leadStoryId: group.lead.storyId } : {}),
    first: group.first,
    last: group.last,
    articles: group.articles.map(toEventArticle),
    ...(group.before ? { earlier: chainFrom(group, 'before') } : {}),
    ...(group.after ? { later: chainFrom(group, 'after') } : {}),
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

