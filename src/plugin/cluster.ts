import { vectorize, type Vectors } from './vectors.ts'

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
/** Posting entries looked at per term: bounds the work for a term every event uses. */
const SCAN_LIMIT = 64

/** An event's summed terms, in ascending id order. */
interface Sum {
  terms: number[]
  weights: number[]
}

interface Event {
  /**
   * The sum of its articles' vectors (a dot product with it, over the count, is the mean
   * similarity); null while the event is one article, whose vector is its sum.
   */
  sum: Sum | null
  article: number
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
  const vectors = vectorize(items)
  const { df } = vectors
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

  let i = -1
  const consider = (e: number) => {
    if (seenBy[e] !== i) {
      seenBy[e] = i
      candidates.push(e)
    }
  }

  for (i of order) {
    const time = items[i].time!
    candidates.length = 0
    for (let k = vectors.start[i]; k < vectors.start[i + 1]; k++) {
      const t = vectors.terms[k]
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
      const score = (dot(vectors, i, event) / event.count) * fade * (linkedBy[e] === i ? linkBoost : 1)
      if (score > bestScore || (score === bestScore && best >= 0 && e < best)) {
        best = e
        bestScore = score
      }
    }
    if (best < 0) {
      best = events.push({ sum: null, article: i, count: 1, last: time }) - 1
    } else {
      const event = events[best]
      event.sum = add(event.sum ?? slice(vectors, event.article), vectors, i)
      event.count++
      event.last = Math.max(event.last, time)
    }
    label[i] = best
    for (let k = vectors.start[i]; k < vectors.start[i + 1]; k++) {
      const t = vectors.terms[k]
      if (df[t] > maxDf) continue
      const list = postings.get(t)
      if (list) list.push(best, time)
      else postings.set(t, [best, time])
    }
  }

  // Undated articles (related entries without a date) join an article they are linked with.
  for (i = 0; i < items.length; i++) {
    if (label[i] >= 0) continue
    const j = items[i].links.find((j) => label[j] >= 0)
    label[i] = j === undefined ? events.push({ sum: null, article: i, count: 1, last: 0 }) - 1 : label[j]
  }
  return label
}

/** Dot product of article i's vector with an event's sum (a merge of two term lists, or a binary search per term). */
function dot(v: Vectors, i: number, event: Event): number {
  let total = 0
  if (event.sum === null) {
    for (let a = v.start[i], b = v.start[event.article]; a < v.start[i + 1] && b < v.start[event.article + 1]; ) {
      if (v.terms[a] < v.terms[b]) a++
      else if (v.terms[a] > v.terms[b]) b++
      else total += v.weights[a++] * v.weights[b++]
    }
    return total
  }
  const { terms, weights } = event.sum
  for (let k = v.start[i]; k < v.start[i + 1]; k++) {
    let lo = 0
    let hi = terms.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (terms[mid] < v.terms[k]) lo = mid + 1
      else if (terms[mid] > v.terms[k]) hi = mid - 1
      else {
        total += v.weights[k] * weights[mid]
        break
      }
    }
  }
  return total
}

function slice(v: Vectors, i: number): Sum {
  return { terms: [...v.terms.subarray(v.start[i], v.start[i + 1])], weights: [...v.weights.subarray(v.start[i], v.start[i + 1])] }
}

/** An event's sum plus article i's vector, as a new sum (merging the two ascending term lists). */
function add(a: Sum, v: Vectors, i: number): Sum {
  const terms: number[] = []
  const weights: number[] = []
  let j = 0
  let k = v.start[i]
  const end = v.start[i + 1]
  while (j < a.terms.length || k < end) {
    if (k >= end || (j < a.terms.length && a.terms[j] < v.terms[k])) {
      terms.push(a.terms[j])
      weights.push(a.weights[j++])
    } else if (j >= a.terms.length || v.terms[k] < a.terms[j]) {
      terms.push(v.terms[k])
      weights.push(v.weights[k++])
    } else {
      terms.push(a.terms[j])
      weights.push(a.weights[j++] + v.weights[k++])
    }
  }
  return { terms, weights }
}
