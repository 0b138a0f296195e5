import { centroidLinkage, cohesion } from './centroid-linkage.ts'
import { similarPairs } from './similar-pairs.ts'
import { vectorize } from './vectors.ts'

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
   * @default 0.12
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
  const threshold = options.threshold ?? 0.1
  const n = items.length
  const vectors = vectorize(items)
  const time = timesOf(items)
  const outletIds = new Map<string, number>()
  const outlet = Int32Array.from(items, (it) => outletIds.get(it.outlet) ?? outletIds.set(it.outlet, outletIds.size).size - 1)
  const linkSets = items.map((it) => (it.links.length ? new Set(it.links) : null))
  const order = [...items.keys()].filter((i) => !Number.isNaN(time[i]))
  order.sort((a, b) => time[a] - time[b] || a - b)

  const pairs = similarPairs(vectors, order, {
    time,
    outlet,
    windowMs: (options.windowDays ?? 3) * DAY_MS,
    minSim: threshold / 2,
    sameOutlet: options.sameOutlet ?? 0.8,
    neighbours: NEIGHBOURS,
    weak: { below: threshold, count: WEAK_NEIGHBOURS },
    linked: (a, b) => linkSets[a]?.has(b) ?? false,
    linkBoost: options.linkBoost ?? 1.3,
  })
  const group = centroidLinkage(vectors, pairs, threshold)
  const minCohesion = options.cohesion ?? 0.12
  const fit = cohesion(vectors, group)
  for (let i = 0; i < n; i++) if (fit[i] < minCohesion) group[i] = n + i
  detachBeforeFirstCore(group, cohesion(vectors, group), time, minCohesion * 2)

  // Events numbered by their first article in time order, then the undated ones.
  const label = new Int32Array(n).fill(-1)
  const number = new Map<number, number>()
  for (const i of [...order, ...[...items.keys()].filter((i) => Number.isNaN(time[i]))]) {
    label[i] = number.get(group[i]) ?? number.set(group[i], number.size).get(group[i])!
  }
  return label
}

/** Epoch ms per item; an undated item takes its earliest linked dated item's time, else NaN. */
function timesOf(items: readonly ClusterItem[]): Float64Array {
  return Float64Array.from(items, (it) => {
    if (it.time !== null) return it.time
    const linked = it.links.map((j) => items[j].time).filter((t): t is number => t !== null)
    return linked.length ? Math.min(...linked) : NaN
  })
}

/**
 * An event's first report is its earliest core article (cohesion ≥ `core`, or the most
 * cohesive where none reaches it); articles published before it become events of their
 * own: they joined on a few shared words, and would otherwise be named who reported first.
 */
function detachBeforeFirstCore(group: Int32Array, fit: Float64Array, time: Float64Array, core: number) {
  const n = group.length
  const size = new Map<number, number>()
  for (let i = 0; i < n; i++) size.set(group[i], (size.get(group[i]) ?? 0) + 1)
  // An event none of whose articles reaches `core` is led by its most cohesive ones.
  const best = new Map<number, number>()
  for (let i = 0; i < n; i++) best.set(group[i], Math.max(best.get(group[i]) ?? 0, fit[i]))
  const firstCore = new Map<number, number>()
  for (let i = 0; i < n; i++) {
    if (fit[i] < Math.min(core, best.get(group[i])!)) continue
    const t = firstCore.get(group[i])
    if (t === undefined || time[i] < t) firstCore.set(group[i], time[i])
  }
  for (let i = 0; i < n; i++) {
    if (size.get(group[i])! < 2) continue
    const t = firstCore.get(group[i])
    if (t === undefined || time[i] < t) group[i] = 2 * n + i
  }
}
