import { similarPairs } from './similar-pairs.ts'
import { grown } from './typed-arrays.ts'
import { appendHeaviest, type Vectors } from './vectors.ts'

/** An event as the chain reads it: its articles (their index in the grouping's vectors), and when it started. */
export interface ChainEvent {
  articles: readonly number[]
  /** Epoch ms of its first dated article; NaN when none is dated. */
  start: number
}

export interface ChainOptions {
  /** How far apart two events of one story may start. */
  windowDays: number
  /** Cosine two events' words need to continue one story. */
  threshold: number
}

const DAY_MS = 86_400_000
export const CHAIN: ChainOptions = { windowDays: 45, threshold: 0.2 }

/**
 * For each event, the event that most likely came before it in the same story and the one
 * after it (indices, or -1): beyond the grouping's window, news of one story goes on as
 * other events (the admission in November, the emails in December). Each event is the sum
 * of its articles' vectors, as the grouping weighed them (`articles`); the
 * pairs within the window of cosine at least `threshold` are taken closest first, each
 * event keeping one event before it and one after it, so a chain never branches.
 */
export function chainEvents(events: readonly ChainEvent[], articles: Vectors, options: ChainOptions = CHAIN): { before: Int32Array; after: Int32Array } {
  const n = events.length
  const vectors = eventVectors(events, articles)
  const time = Float64Array.from(events, (e) => e.start)
  const order = [...events.keys()].filter((i) => !Number.isNaN(time[i])).sort((a, b) => time[a] - time[b] || a - b)
  const pairs = similarPairs(vectors, order, {
    time,
    // Each event an outlet of its own: the rule for one outlet's articles does not apply here.
    outlet: Int32Array.from(events, (_, i) => i),
    windowMs: options.windowDays * DAY_MS,
    minSim: options.threshold,
    sameOutlet: 1,
    neighbours: 8,
    // Events are few and long-lived beside articles: a few recent postings per term find the story's.
    scan: 8,
    linked: () => false,
    linkBoost: 1,
  })
  // The closest pairs first: each event takes one before it and one after it, so a chain never branches.
  const byScore = [...Array(pairs.length).keys()].sort((k, l) => pairs.sim[l] - pairs.sim[k] || pairs.a[k] - pairs.a[l] || pairs.b[k] - pairs.b[l])
  const before = new Int32Array(n).fill(-1)
  const after = new Int32Array(n).fill(-1)
  for (const k of byScore) {
    // The pair's earlier event by start, ties by index.
    const [x, y] = time[pairs.a[k]] < time[pairs.b[k]] || (time[pairs.a[k]] === time[pairs.b[k]] && pairs.a[k] < pairs.b[k]) ? [pairs.a[k], pairs.b[k]] : [pairs.b[k], pairs.a[k]]
    if (after[x] < 0 && before[y] < 0) [after[x], before[y]] = [y, x]
  }
  return { before, after }
}

/** Terms kept per event, the heaviest. */
const EVENT_TERMS = 32

/** Each event's articles' vectors summed, its heaviest terms kept, unit length. */
function eventVectors(events: readonly ChainEvent[], v: Vectors): Vectors {
  const out: Vectors = { start: new Int32Array(events.length + 1), terms: new Int32Array(events.length * EVENT_TERMS), weights: new Float64Array(events.length * EVENT_TERMS), df: new Int32Array(v.df.length) }
  // One event's summed weights by term id, and the terms it has (typed scratch, reset per event).
  const sum = new Float64Array(v.df.length)
  let terms = new Int32Array(1024)
  const scratch = { ranked: new Float64Array(1024), ties: new Int32Array(1024) }
  let length = 0
  events.forEach((e, i) => {
    let count = 0
    for (const article of e.articles) {
      for (let q = v.start[article]; q < v.start[article + 1]; q++) {
        const t = v.terms[q]
        if (sum[t] === 0) {
          if (count === terms.length) terms = grown(terms)
          terms[count++] = t
        }
        sum[t] += v.weights[q]
      }
    }
    out.start[i] = length
    const end = appendHeaviest(out, length, terms, count, sum, EVENT_TERMS, scratch)
    for (; length < end; length++) out.df[out.terms[length]]++
    // By the articles' terms: `keepHeaviest` has reordered `terms`.
    for (const article of e.articles) for (let q = v.start[article]; q < v.start[article + 1]; q++) sum[v.terms[q]] = 0
  })
  out.start[events.length] = length
  return out
}
