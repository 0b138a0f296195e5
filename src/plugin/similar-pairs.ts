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
  const postings = new Map<number, number[]>()
  const seenBy = new Int32Array(n).fill(-1)
  const candidates: number[] = []
  const kept: { j: number; sim: number }[] = []
  let out: Pairs = { a: new Int32Array(1024), b: new Int32Array(1024), sim: new Float64Array(1024), length: 0 }

  for (const i of order) {
    const time = rules.time[i]
    candidates.length = 0
    for (let k = v.start[i]; k < v.start[i + 1]; k++) {
      const t = v.terms[k]
      if (v.df[t] > maxDf) continue
      const list = postings.get(t)
      if (list) {
        for (let p = list.length - 1, seen = 0; p >= 0 && seen < scan; p--, seen++) {
          const j = list[p]
          if (rules.time[j] < time - rules.windowMs) break
          if (seenBy[j] !== i) {
            seenBy[j] = i
            candidates.push(j)
          }
        }
        list.push(i)
      } else postings.set(t, [i])
    }
    kept.length = 0
    for (const j of candidates) {
      let sim = cosine(v, i, j)
      if (rules.outlet[i] === rules.outlet[j] && sim < rules.sameOutlet) continue
      if (rules.linked(i, j)) sim = Math.min(1, sim * rules.linkBoost)
      if (sim >= rules.minSim) kept.push({ j, sim })
    }
    if (kept.length > rules.neighbours || (rules.weak && kept.length > rules.weak.count)) {
      kept.sort((x, y) => y.sim - x.sim || x.j - y.j)
      if (kept.length > rules.neighbours) kept.length = rules.neighbours
      // Weak pairs only link groups that may come to agree: a few per article are enough.
      if (rules.weak) {
        const strong = kept.findIndex((x) => x.sim < rules.weak!.below)
        if (strong >= 0 && kept.length > strong + rules.weak.count) kept.length = strong + rules.weak.count
      }
    }
    for (const { j, sim } of kept) {
      if (out.length === out.a.length) out = grow(out)
      out.a[out.length] = Math.min(i, j)
      out.b[out.length] = Math.max(i, j)
      out.sim[out.length++] = sim
    }
  }
  return out
}

/** The dot product of two article vectors (their cosine: vectors are unit length but for unshared terms, see vectors.ts): a merge of their ascending term lists. */
export function cosine(v: Vectors, i: number, j: number): number {
  let total = 0
  for (let a = v.start[i], b = v.start[j]; a < v.start[i + 1] && b < v.start[j + 1]; ) {
    if (v.terms[a] < v.terms[b]) a++
    else if (v.terms[a] > v.terms[b]) b++
    else total += v.weights[a++] * v.weights[b++]
  }
  return total
}

function grow(p: Pairs): Pairs {
  const size = p.a.length * 2
  const out = { a: new Int32Array(size), b: new Int32Array(size), sim: new Float64Array(size), length: p.length }
  out.a.set(p.a)
  out.b.set(p.b)
  out.sim.set(p.sim)
  return out
}
