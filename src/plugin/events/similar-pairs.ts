import { grown } from './typed-arrays.ts'
import type { Vectors } from './vectors.ts'

/** Pairs of articles with their similarity, end to end: pair k is `a[k]`, `b[k]` (a < b), `sim[k]`. */
export interface Pairs {
  a: Int32Array
  b: Int32Array
  sim: Float64Array
  length: number
}

export interface PairRules {
  /** Epoch ms per article, or NaN for an article that pairs with none. */
  time: Float64Array
  /** Outlet number per article. */
  outlet: Int32Array
  windowMs: number
  /** Pairs below this similarity are not kept. */
  minSim: number
  /** Articles of one outlet pair only from this similarity up: re-sends, retitled copies. */
  sameOutlet: number
  /** Neighbours kept per article, the most similar: bounds the pairs a prolific subject makes. */
  neighbours: number
  /** Posting entries looked at per term (default 64). */
  scan?: number
  /** Of the pairs below `below`, each article keeps at most `count`. */
  weak?: { below: number; count: number }
  /** Whether a related entry ties two articles; their similarity is then `× linkBoost`. */
  linked: (a: number, b: number) => boolean
  linkBoost: number
}

/** Posting entries looked at per term: bounds the work for a term every article of a day uses. */
const SCAN_LIMIT = 64

/**
 * The article pairs worth grouping: for each article, the earlier ones within the time
 * window that share a distinctive term (found through an inverted index, so the work grows
 * with the articles, not their square), scored by the cosine of their weighted terms.
 * Terms in more than a twentieth of the corpus find no candidates (their weight is small anyway).
 */
export function similarPairs(v: Vectors, order: readonly number[], rules: PairRules): Pairs {
  const n = v.start.length - 1
  const maxDf = Math.max(50, n / 20)
  const scan = rules.scan ?? SCAN_LIMIT
  // Every term's postings in one flat array, each term's run sized by its document frequency
  // (known from the vectors): no array per term for the garbage collector to trace.
  const postingStart = new Int32Array(v.df.length + 1)
  for (let t = 0; t < v.df.length; t++) postingStart[t + 1] = postingStart[t] + (v.df[t] <= maxDf ? v.df[t] : 0)
  const postings = new Int32Array(postingStart[v.df.length])
  const postingEnd = postingStart.slice(0, v.df.length)
  // Article i's weights by term, so a candidate's cosine is one read per term of its own.
  const dense = new Float64Array(v.df.length)
  const seenBy = new Int32Array(n).fill(-1)
  const candidates: number[] = []
  const keptJ: number[] = []
  const keptSim: number[] = []
  const rank: number[] = []
  let out: Pairs = { a: new Int32Array(1024), b: new Int32Array(1024), sim: new Float64Array(1024), length: 0 }

  for (const i of order) {
    const time = rules.time[i]
    candidates.length = 0
    for (let k = v.start[i]; k < v.start[i + 1]; k++) {
      const t = v.terms[k]
      dense[t] = v.weights[k]
      if (v.df[t] > maxDf) continue
      for (let p = postingEnd[t] - 1, seen = 0; p >= postingStart[t] && seen < scan; p--, seen++) {
        const j = postings[p]
        if (rules.time[j] < time - rules.windowMs) break
        if (seenBy[j] !== i) {
          seenBy[j] = i
          candidates.push(j)
        }
      }
      postings[postingEnd[t]++] = i
    }
    keptJ.length = keptSim.length = 0
    for (const j of candidates) {
      let sim = 0
      for (let q = v.start[j]; q < v.start[j + 1]; q++) sim += dense[v.terms[q]] * v.weights[q]
      if (rules.outlet[i] === rules.outlet[j] && sim < rules.sameOutlet) continue
      // Most candidates fall short even with a related entry's boost: no lookup for them.
      if (sim * Math.max(1, rules.linkBoost) < rules.minSim) continue
      if (rules.linked(i, j)) sim = Math.min(1, sim * rules.linkBoost)
      if (sim >= rules.minSim) {
        keptJ.push(j)
        keptSim.push(sim)
      }
    }
    for (let k = v.start[i]; k < v.start[i + 1]; k++) dense[v.terms[k]] = 0
    let count = keptJ.length
    rank.length = 0
    for (let k = 0; k < count; k++) rank.push(k)
    if (count > rules.neighbours || (rules.weak && count > rules.weak.count)) {
      rank.sort((x, y) => keptSim[y] - keptSim[x] || keptJ[x] - keptJ[y])
      if (count > rules.neighbours) count = rules.neighbours
      // Weak pairs only link groups that may come to agree: a few per article are enough.
      if (rules.weak) {
        let strong = 0
        while (strong < count && keptSim[rank[strong]] >= rules.weak.below) strong++
        if (strong < count) count = Math.min(count, strong + rules.weak.count)
      }
    }
    for (let r = 0; r < count; r++) {
      const j = keptJ[rank[r]]
      if (out.length === out.a.length) out = grow(out)
      out.a[out.length] = Math.min(i, j)
      out.b[out.length] = Math.max(i, j)
      out.sim[out.length++] = keptSim[rank[r]]
    }
  }
  return out
}

function grow(p: Pairs): Pairs {
  return { a: grown(p.a), b: grown(p.b), sim: grown(p.sim), length: p.length }
}
