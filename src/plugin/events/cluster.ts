import { centroidLinkage, cohesion } from './centroid-linkage.ts'
import { similarPairs } from './similar-pairs.ts'
import { textsOf, vectorize, type Texts, type Vectors } from './vectors.ts'

/** One article to group: its text, outlet and time, and the articles a related entry ties it to. */
export interface ClusterItem {
  /** Epoch milliseconds; null when undated (it then takes the time of an article it is linked with). */
  time: number | null
  title: string
  excerpt: string
  /** The outlet's domain: one outlet's own articles pair only when nearly identical. */
  outlet: string
  /** Indices of the items a related entry connects this one with, in either direction. */
  links: readonly number[]
}

export interface ClusterOptions {
  /**
   * Cosine two events' summed term vectors need to become one event. Raise it when
   * unrelated articles share an event; lower it when one event's coverage comes apart.
   * Measured in docs/events.md.
   * @default 0.1
   */
  threshold?: number
  /**
   * Cosine every article needs with the rest of its event (their summed terms); one below
   * it leaves the event, so an article that joined on a few shared words is not shown there.
   * @default 0.11
   */
  cohesion?: number
  /**
   * Only articles at most this many days apart are compared directly: an event's coverage
   * comes within days, and the same words a week later are mostly other news.
   * @default 3
   */
  windowDays?: number
  /**
   * Two articles of one outlet are compared only from this similarity up (a re-send, a
   * retitled copy): otherwise an outlet's several posts a day on one subject chain together.
   * @default 0.8
   */
  sameOutlet?: number
  /**
   * A related entry linking two articles multiplies their similarity by this: support for
   * text that is already close, never a reason alone (one story's related list can span two events).
   * @default 1.3
   */
  linkBoost?: number
}

const DAY_MS = 86_400_000
/** Most similar earlier articles each article keeps as pairs: bounds the pairs a busy day makes. */
const NEIGHBOURS = 8
/** Of them, pairs below the threshold kept per article: they only link groups that may come to agree as they grow. */
const WEAK_NEIGHBOURS = 1

/**
 * Groups articles into events: returns, for each item, the number of its event (numbered
 * in the order they start). Three steps:
 * 1. similar pairs within the time window (`similarPairs`), the graph events may grow along;
 * 2. centroid linkage over that graph (`centroidLinkage`): the closest two events merge while
 *    their summed vectors agree, so an event grows by what matches its common words, not
 *    one article's stray word;
 * 3. articles that fell below `cohesion` with the rest of their event leave it, and so do
 *    those published before its first core article, so the first report is a core one.
 */
export function clusterArticles(items: readonly ClusterItem[], options: ClusterOptions = {}): Int32Array {
  return clusterWithVectors(toColumns(items), options).labels
}

/**
 * Articles to group as a few flat columns rather than objects: what a worker is sent (half a
 * million objects took seconds to copy, and their heap seconds to collect).
 */
export interface ClusterColumns extends Texts {
  /** Epoch ms; an undated article has its earliest linked dated article's time, else NaN. */
  time: Float64Array
  /** Outlet number. */
  outlet: Int32Array
  /** Article i's linked articles, ascending, are `links[linkStart[i]]` up to `links[linkStart[i + 1]]`. */
  linkStart: Int32Array
  links: Int32Array
}

export function toColumns(items: readonly ClusterItem[]): ClusterColumns {
  const n = items.length
  const outletIds = new Map<string, number>()
  const outlet = new Int32Array(n)
  const linkStart = new Int32Array(n + 1)
  for (let i = 0; i < n; i++) {
    const it = items[i]
    outlet[i] = outletIds.get(it.outlet) ?? outletIds.set(it.outlet, outletIds.size).size - 1
    linkStart[i + 1] = linkStart[i] + it.links.length
  }
  const links = new Int32Array(linkStart[n])
  for (let i = 0; i < n; i++) {
    links.set(items[i].links, linkStart[i])
    links.subarray(linkStart[i], linkStart[i + 1]).sort()
  }
  return { ...textsOf(items), time: timesOf(items), outlet, linkStart, links }
}

/** `clusterArticles` over columns, and the articles' vectors it read: the story chain sums them again, not the text. */
export function clusterWithVectors(c: ClusterColumns, options: ClusterOptions = {}): { labels: Int32Array; vectors: Vectors } {
  return clusterVectors(vectorize(c), c, options)
}

/** The grouping once the articles' text is read into vectors: the text is not needed past `vectorize`. */
export function clusterVectors(vectors: Vectors, c: Omit<ClusterColumns, keyof Texts>, options: ClusterOptions = {}): { labels: Int32Array; vectors: Vectors } {
  const threshold = options.threshold ?? 0.1
  const { time } = c
  const n = time.length
  // Each article's links are in ascending order (`toColumns`): a binary search.
  const linked = (a: number, b: number) => {
    for (let lo = c.linkStart[a], hi = c.linkStart[a + 1]; lo < hi; ) {
      const mid = (lo + hi) >> 1
      if (c.links[mid] === b) return true
      if (c.links[mid] < b) lo = mid + 1
      else hi = mid
    }
    return false
  }
  const order = [...time.keys()].filter((i) => !Number.isNaN(time[i]))
  order.sort((a, b) => time[a] - time[b] || a - b)

  const pairs = similarPairs(vectors, order, {
    time,
    outlet: c.outlet,
    windowMs: (options.windowDays ?? 3) * DAY_MS,
    minSim: threshold / 2,
    sameOutlet: options.sameOutlet ?? 0.8,
    neighbours: NEIGHBOURS,
    weak: { below: threshold, count: WEAK_NEIGHBOURS },
    linked,
    linkBoost: options.linkBoost ?? 1.3,
  })
  const group = centroidLinkage(vectors, pairs, threshold)
  const minCohesion = options.cohesion ?? 0.11
  const fit = cohesion(vectors, group)
  for (let i = 0; i < n; i++) if (fit[i] < minCohesion) group[i] = n + i
  detachBeforeFirstCore(group, cohesion(vectors, group), time, minCohesion * 2)

  // Events numbered by their first article in time order, then the undated ones.
  const label = new Int32Array(n).fill(-1)
  const number = new Map<number, number>()
  for (const i of [...order, ...[...time.keys()].filter((i) => Number.isNaN(time[i]))]) {
    label[i] = number.get(group[i]) ?? number.set(group[i], number.size).get(group[i])!
  }
  return { labels: label, vectors }
}

/** Epoch ms per item; an undated item takes its earliest linked dated item's time, else NaN. */
function timesOf(items: readonly ClusterItem[]): Float64Array {
  const time = new Float64Array(items.length)
  items.forEach((it, i) => {
    let t = it.time ?? NaN
    if (it.time === null) for (const j of it.links) if (items[j].time !== null && !(items[j].time! >= t)) t = items[j].time!
    time[i] = t
  })
  return time
}

/**
 * An event's first report is its earliest core article (cohesion ≥ `core`, or the most
 * cohesive where none reaches it); articles published before it become events of their
 * own: they joined on a few shared words, and would otherwise be named who reported first.
 */
function detachBeforeFirstCore(group: Int32Array, fit: Float64Array, time: Float64Array, core: number) {
  const n = group.length
  // By group number (at most 3n: see the callers' numbering).
  let most = 0
  for (const g of group) most = Math.max(most, g)
  const size = new Int32Array(most + 1)
  const best = new Float64Array(most + 1)
  const firstCore = new Float64Array(most + 1).fill(Infinity)
  for (let i = 0; i < n; i++) {
    size[group[i]]++
    best[group[i]] = Math.max(best[group[i]], fit[i])
  }
  // An event none of whose articles reaches `core` is led by its most cohesive ones. Undated
  // articles lead none and leave none (NaN compares false): an event whose core is undated keeps all.
  for (let i = 0; i < n; i++) {
    if (fit[i] >= Math.min(core, best[group[i]]) && time[i] < firstCore[group[i]]) firstCore[group[i]] = time[i]
  }
  for (let i = 0; i < n; i++) if (size[group[i]] >= 2 && time[i] < firstCore[group[i]]) group[i] = 2 * n + i
}
