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

interface Vector {
  terms: Int32Array
  weights: Float64Array
}

interface Event {
  /** The sum of its articles' vectors: a dot product with it, over the count, is the mean similarity. */
  centroid: Map<number, number>
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
  const postings = new Map<number, { event: number[]; time: number[] }>()
  const order = [...items.keys()].filter((i) => items[i].time !== null)
  order.sort((a, b) => items[a].time! - items[b].time! || a - b)

  for (const i of order) {
    const time = items[i].time!
    const { terms, weights } = vectors[i]
    const candidates = new Set<number>()
    for (const t of terms) {
      const list = df[t] <= maxDf ? postings.get(t) : undefined
      if (!list) continue
      for (let k = list.event.length - 1, n = 0; k >= 0 && n < SCAN_LIMIT && list.time[k] >= time - window; k--, n++) candidates.add(list.event[k])
    }
    const linked = new Set<number>()
    for (const j of items[i].links) if (label[j] >= 0) linked.add(label[j])
    for (const e of linked) candidates.add(e)

    let best = -1
    let bestScore = threshold
    for (const e of candidates) {
      const event = events[e]
      if (event.last < time - window) continue
      let dot = 0
      for (let k = 0; k < terms.length; k++) dot += weights[k] * (event.centroid.get(terms[k]) ?? 0)
      // Closeness in time counts too: the score fades to half across the window.
      const fade = 1 - (0.5 * (time - event.last)) / window
      const score = (dot / event.count) * fade * (linked.has(e) ? linkBoost : 1)
      if (score > bestScore || (score === bestScore && best >= 0 && e < best)) {
        best = e
        bestScore = score
      }
    }
    if (best < 0) {
      best = events.length
      events.push({ centroid: new Map(), count: 0, last: time })
    }
    join(events[best], vectors[i], time)
    label[i] = best
    for (const t of terms) {
      if (df[t] > maxDf) continue
      let list = postings.get(t)
      if (!list) postings.set(t, (list = { event: [], time: [] }))
      list.event.push(best)
      list.time.push(time)
    }
  }

  // Undated articles (related entries without a date) join an article they are linked with.
  for (let i = 0; i < items.length; i++) {
    if (label[i] >= 0) continue
    const j = items[i].links.find((j) => label[j] >= 0)
    label[i] = j === undefined ? events.push({ centroid: new Map(), count: 0, last: 0 }) - 1 : label[j]
  }
  return label
}

function join(event: Event, { terms, weights }: Vector, time: number) {
  for (let k = 0; k < terms.length; k++) {
    event.centroid.set(terms[k], (event.centroid.get(terms[k]) ?? 0) + weights[k])
  }
  event.count++
  event.last = Math.max(event.last, time)
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
  const bags: { terms: Int32Array; counts: Float64Array }[] = []
  const touched: number[] = []
  const add = (terms: number[], weight: number, limit: number) => {
    for (let k = 0; k < terms.length && k < limit; k++) {
      const id = terms[k]
      while (id >= df.length) [df, tf] = [grow(df), grow(tf)]
      if (tf[id] === 0) touched.push(id)
      tf[id] += weight
    }
  }
  for (const item of items) {
    add(termsOf(item.title), TITLE_WEIGHT, Infinity)
    add(termsOf(item.excerpt.slice(0, EXCERPT_CHARS)), 1, EXCERPT_TERMS)
    const terms = Int32Array.from(touched)
    const counts = Float64Array.from(touched, (id) => tf[id])
    for (const id of touched) {
      df[id]++
      tf[id] = 0
    }
    touched.length = 0
    bags.push({ terms, counts })
  }
  const n = items.length
  const idf = Float64Array.from(df.subarray(0, count()), (d) => Math.log((n + 1) / (d + 1)) ** 1.5)
  const vectors = bags.map(({ terms, counts }) => {
    const weights = new Float64Array(terms.length)
    for (let k = 0; k < terms.length; k++) weights[k] = (1 + Math.log(counts[k])) * idf[terms[k]]
    return topTerms(terms, weights)
  })
  return { vectors, df: df.slice(0, count()) }
}

/** The article's most distinctive terms, at unit length; ties by term id, so the choice is stable. */
function topTerms(terms: Int32Array, weights: Float64Array): Vector {
  const order: number[] = []
  for (let k = 0; k < terms.length; k++) if (weights[k] > 0) order.push(k)
  if (order.length > TERMS_PER_ARTICLE) {
    order.sort((a, b) => weights[b] - weights[a] || terms[a] - terms[b])
    order.length = TERMS_PER_ARTICLE
  }
  let norm = 0
  for (const k of order) norm += weights[k] * weights[k]
  norm = Math.sqrt(norm) || 1
  const top = { terms: new Int32Array(order.length), weights: new Float64Array(order.length) }
  order.forEach((k, i) => {
    top.terms[i] = terms[k]
    top.weights[i] = weights[k] / norm
  })
  return top
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2)
  bigger.set(array)
  return bigger
}
