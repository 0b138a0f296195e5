import { createTermIds } from './terms.ts'

/** One article to group: its text, its time and the articles a related entry ties it to. */
export interface ClusterItem {
  /** Epoch milliseconds; null when undated (it then joins an article it is linked with). */
  time: number | null
  title: string
  excerpt: string
  /** Indices of the items a related entry connects this one with, in either direction. */
  links: readonly number[]
}

export interface ClusterOptions {
  /**
   * Score an article needs to join an event rather than start one: its mean similarity
   * (cosine of weighted terms) with the event's articles, faded by the time since the
   * event's latest article, times the link boost. Tuned on the labelled seeds
   * (`events.test.ts`): articles scored 0.066 and up against their own event, 0.029 at
   * most against another.
   * @default 0.045
   */
  threshold?: number
  /**
   * An article joins only an event whose latest article is at most this many days older:
   * an event's coverage comes within days, and the same words months apart are another event.
   * @default 4
   */
  windowDays?: number
  /**
   * The similarity is multiplied by this when a related entry links the article with one
   * of the event's articles: support for text that is already close, never a reason alone
   * (one story's related list can span two events).
   * @default 1.5
   */
  linkBoost?: number
}

const DAY_MS = 86_400_000
/** Title words count this many times an excerpt's: a headline says what the event is. */
const TITLE_WEIGHT = 3
/** Excerpt words past this many add little and cost time (and so do characters past these). */
const EXCERPT_TERMS = 80
const EXCERPT_CHARS = 800
/** Terms kept per article, the most distinctive first. */
const TERMS_PER_ARTICLE = 24
/** Posting entries looked at per term: bounds the work for a term every event uses. */
const SCAN_LIMIT = 64

/**
 * Terms in ascending id order with their weights. Plain arrays: a million small typed
 * arrays (one buffer each) made the garbage collector crawl at 100,000 stories.
 */
interface Vector {
  terms: number[]
  weights: number[]
}

interface Event {
  /**
   * The sum of its articles' vectors (a dot product with it, over the count, is the mean
   * similarity). An event of one shares its article's arrays: most events stay that size.
   */
  sum: Vector
  count: number
  last: number
}

/**
 * Groups articles into events: returns, for each item, the number of its event (events
 * numbered in the order they start). Items are visited in time order (ties by index, so
 * give them in a stable order); each joins the most similar recent event or starts its
 * own. Candidate events come from an inverted index of distinctive terms within the time
 * window, so the work grows with the number of articles, not with its square.
 */
export function clusterArticles(items: readonly ClusterItem[], options: ClusterOptions = {}): Int32Array {
  const threshold = options.threshold ?? 0.045
  const window = (options.windowDays ?? 4) * DAY_MS
  const linkBoost = options.linkBoost ?? 1.5
  const { vectors, df } = vectorize(items)
  // A term in more than a twentieth of the articles finds too many events to be worth
  // a lookup (its weight is small anyway); small corpora look up every term.
  const maxDf = Math.max(50, items.length / 20)

  const label = new Int32Array(items.length).fill(-1)
  const events: Event[] = []
  // Per term, the events that used it and when, interleaved: [event, time, event, time, …].
  const postings = new Map<number, number[]>()
  // Which article last listed an event as a candidate, and as linked: no set per article.
  const seenBy: number[] = []
  const linkedBy: number[] = []
  const candidates: number[] = []
  const order = [...items.keys()].filter((i) => items[i].time !== null)
  order.sort((a, b) => items[a].time! - items[b].time! || a - b)

  for (const i of order) {
    const time = items[i].time!
    const vector = vectors[i]
    candidates.length = 0
    const consider = (e: number) => {
      if (seenBy[e] !== i) {
        seenBy[e] = i
        candidates.push(e)
      }
    }
    for (const t of vector.terms) {
      const list = df[t] <= maxDf ? postings.get(t) : undefined
      if (!list) continue
      for (let k = list.length - 2, n = 0; k >= 0 && n < SCAN_LIMIT && list[k + 1] >= time - window; k -= 2, n++) consider(list[k])
    }
    for (const j of items[i].links) {
      if (label[j] < 0) continue
      linkedBy[label[j]] = i
      consider(label[j])
    }

    let best = -1
    let bestScore = threshold
    for (const e of candidates) {
      const event = events[e]
      if (event.last < time - window) continue
      // Closeness in time counts too: the score fades to half across the window.
      const fade = 1 - (0.5 * (time - event.last)) / window
      const score = (dot(vector, event.sum) / event.count) * fade * (linkedBy[e] === i ? linkBoost : 1)
      if (score > bestScore || (score === bestScore && best >= 0 && e < best)) {
        best = e
        bestScore = score
      }
    }
    if (best < 0) {
      best = events.push({ sum: vector, count: 1, last: time }) - 1
    } else {
      const event = events[best]
      event.sum = add(event.sum, vector)
      event.count++
      event.last = Math.max(event.last, time)
    }
    label[i] = best
    for (const t of vector.terms) {
      if (df[t] > maxDf) continue
      const list = postings.get(t)
      if (list) list.push(best, time)
      else postings.set(t, [best, time])
    }
  }

  // Undated articles (related entries without a date) join an article they are linked with.
  for (let i = 0; i < items.length; i++) {
    if (label[i] >= 0) continue
    const j = items[i].links.find((j) => label[j] >= 0)
    label[i] = j === undefined ? events.push({ sum: vectors[i], count: 1, last: 0 }) - 1 : label[j]
  }
  return label
}

/** Dot product of an article's vector with an event's sum: a binary search per article term. */
function dot(a: Vector, sum: Vector): number {
  let total = 0
  for (let k = 0; k < a.terms.length; k++) {
    let lo = 0
    let hi = sum.terms.length - 1
    const t = a.terms[k]
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (sum.terms[mid] < t) lo = mid + 1
      else if (sum.terms[mid] > t) hi = mid - 1
      else {
        total += a.weights[k] * sum.weights[mid]
        break
      }
    }
  }
  return total
}

/** The sum of two vectors, as a new one (merging the two ascending term lists). */
function add(a: Vector, b: Vector): Vector {
  const terms: number[] = []
  const weights: number[] = []
  let i = 0
  let j = 0
  while (i < a.terms.length || j < b.terms.length) {
    if (j >= b.terms.length || (i < a.terms.length && a.terms[i] < b.terms[j])) {
      terms.push(a.terms[i])
      weights.push(a.weights[i++])
    } else if (i >= a.terms.length || b.terms[j] < a.terms[i]) {
      terms.push(b.terms[j])
      weights.push(b.weights[j++])
    } else {
      terms.push(a.terms[i])
      weights.push(a.weights[i++] + b.weights[j++])
    }
  }
  return { terms, weights }
}

/**
 * Each item as unit-length weighted terms: log term frequency (titles weigh more) times
 * inverse document frequency to the power 1.5, so words the whole corpus shares count for
 * little and rare ones for much (plain IDF let a corpus's everyday words, shared by any
 * two articles, add up to a match). Counts go through flat arrays, not a map per article:
 * at 100,000 stories the maps' garbage cost more than the counting.
 */
function vectorize(items: readonly ClusterItem[]): { vectors: Vector[]; df: Int32Array } {
  const { termsOf, count } = createTermIds()
  let df = new Int32Array(1024)
  let tf = new Float64Array(1024)
  // Every article's distinct terms and their counts, end to end: `bagEnd[i]` ends article i's.
  const bagTerms: number[] = []
  const bagCounts: number[] = []
  const bagEnd = new Int32Array(items.length)
  const add = (terms: number[], weight: number, limit: number) => {
    for (let k = 0; k < terms.length && k < limit; k++) {
      const id = terms[k]
      while (id >= df.length) [df, tf] = [grow(df), grow(tf)]
      if (tf[id] === 0) bagTerms.push(id)
      tf[id] += weight
    }
  }
  items.forEach((item, i) => {
    const start = i === 0 ? 0 : bagEnd[i - 1]
    add(termsOf(item.title), TITLE_WEIGHT, Infinity)
    add(termsOf(item.excerpt.slice(0, EXCERPT_CHARS)), 1, EXCERPT_TERMS)
    for (let k = start; k < bagTerms.length; k++) {
      const id = bagTerms[k]
      bagCounts.push(tf[id])
      df[id]++
      tf[id] = 0
    }
    bagEnd[i] = bagTerms.length
  })
  const n = items.length
  const idf = Float64Array.from(df.subarray(0, count()), (d) => Math.log((n + 1) / (d + 1)) ** 1.5)
  const vectors = items.map((_, i) => {
    const terms = bagTerms.slice(i === 0 ? 0 : bagEnd[i - 1], bagEnd[i])
    const weights = terms.map((t, k) => (1 + Math.log(bagCounts[k + (i === 0 ? 0 : bagEnd[i - 1])])) * idf[t])
    return topTerms(terms, weights)
  })
  return { vectors, df: df.slice(0, count()) }
}

/** The article's most distinctive terms (ties by term id, so the choice is stable) at unit length, in term order. */
function topTerms(terms: number[], weights: number[]): Vector {
  const order: number[] = []
  for (let k = 0; k < terms.length; k++) if (weights[k] > 0) order.push(k)
  if (order.length > TERMS_PER_ARTICLE) {
    order.sort((a, b) => weights[b] - weights[a] || terms[a] - terms[b])
    order.length = TERMS_PER_ARTICLE
  }
  order.sort((a, b) => terms[a] - terms[b])
  let norm = 0
  for (const k of order) norm += weights[k] * weights[k]
  norm = Math.sqrt(norm) || 1
  return { terms: order.map((k) => terms[k]), weights: order.map((k) => weights[k] / norm) }
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2)
  bigger.set(array)
  return bigger
}
