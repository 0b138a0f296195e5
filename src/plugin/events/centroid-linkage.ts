import type { Pairs } from './similar-pairs.ts'
import { grown, sortRange } from './typed-arrays.ts'
import type { Vectors } from './vectors.ts'

/**
 * Terms an event's sum keeps, its heaviest: what its articles share is there, and a merge
 * or a score costs the same for an event of ten articles and one of ten thousand.
 */
const SUM_TERMS = 128

/** An event's summed term vector: ascending term ids, their summed weights, its length. */
interface Sum {
  terms: Int32Array
  weights: Float64Array
  norm: number
}

/**
 * Centroid linkage over the pair graph: repeatedly merges the two connected groups whose
 * summed vectors have the highest cosine, while it is at least `threshold`. Two groups are
 * connected when a pair joins one's article to the other's, so only articles close in time
 * and text can meet. Returns each item's group, named by its smallest item, so the result
 * does not depend on which group absorbed which.
 *
 * Lazily: each pair waits in a heap under the cosine its groups had when it was last looked
 * at; popped, it is scored again between the groups its articles are in now, merged if it
 * still leads, or put back under its new score. A merge then costs one sum, not a new score
 * with every neighbour of a group that may have thousands. Ties go to the smaller indices.
 */
export function centroidLinkage(v: Vectors, pairs: Pairs, threshold: number): Int32Array {
  const n = v.start.length - 1
  const parent = Int32Array.from({ length: n }, (_, i) => i)
  const size = new Int32Array(n).fill(1)
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]]
    return i
  }
  // Summed vectors of merged groups; a lone article's is its own vector, read in place.
  const sums: (Sum | undefined)[] = Array.from({ length: n })
  // Of two groups, one at least has merged (two lone articles score as their pair did).
  const similarity = (a: number, b: number) => {
    if (!sums[a]) return cosineWith(sums[b]!, v, a)
    return sums[b] ? cosine(sums[a]!, sums[b]!) : cosineWith(sums[a]!, v, b)
  }
  // Every pair waits, under its own similarity (a related entry's boost included): pairs below
  // the threshold come last, and join groups that have come to agree as they grew.
  const heap = new MergeHeap(pairs)
  while (heap.length) {
    const topS = heap.s[0]
    const a = root(heap.a[0])
    const b = root(heap.b[0])
    heap.pop()
    if (a === b) continue
    // Two lone articles score as their pair did; groups are scored as they are now.
    const s = size[a] === 1 && size[b] === 1 ? topS : similarity(a, b)
    if (s < threshold) continue
    if (s < topS && heap.length && s < heap.s[0]) {
      heap.push(s, a, b)
      continue
    }
    const keep = size[a] >= size[b] ? a : b
    const gone = keep === a ? b : a
    parent[gone] = keep
    size[keep] += size[gone]
    sums[keep] = add(sums[keep] ?? vectorOf(v, keep), sums[gone] ?? vectorOf(v, gone))
    sums[gone] = undefined
  }
  const least = new Int32Array(n).fill(n)
  for (let i = 0; i < n; i++) least[root(i)] = Math.min(least[root(i)], i)
  return Int32Array.from({ length: n }, (_, i) => least[root(i)])
}

/**
 * Each item's cosine with the sum of the rest of its group (0 alone): how well it fits its
 * event. With S the group's sum and x the item, x·(S − x) = x·S − |x|² and
 * |S − x|² = |S|² − 2 x·S + |x|²; x is not divided by its length, which keeps the discount
 * of an article worded its own way (vectors.ts).
 */
export function cohesion(v: Vectors, group: Int32Array): Float64Array {
  const n = group.length
  const byGroup = membersByGroup(group)
  const fit = new Float64Array(n)
  // A group's summed weights by term id, and the terms it touched (to sum its length and reset).
  const total = new Float64Array(v.df.length)
  const touched: number[] = []
  for (let from = 0; from < n; ) {
    let to = from + 1
    while (to < n && group[byGroup[to]] === group[byGroup[from]]) to++
    // Only groups of two or more: most articles stand alone.
    if (to - from > 1) {
      touched.length = 0
      for (let m = from; m < to; m++) {
        const i = byGroup[m]
        for (let q = v.start[i]; q < v.start[i + 1]; q++) {
          if (total[v.terms[q]] === 0) touched.push(v.terms[q])
          total[v.terms[q]] += v.weights[q]
        }
      }
      let norm2 = 0
      for (const t of touched) norm2 += total[t] * total[t]
      for (let m = from; m < to; m++) {
        const i = byGroup[m]
        let xs = 0
        let xx = 0
        for (let q = v.start[i]; q < v.start[i + 1]; q++) {
          xs += v.weights[q] * total[v.terms[q]]
          xx += v.weights[q] * v.weights[q]
        }
        fit[i] = (xs - xx) / Math.sqrt(Math.max(norm2 - 2 * xs + xx, 1e-12))
      }
      for (const t of touched) total[t] = 0
    }
    from = to
  }
  return fit
}

/** Item indices ordered by group number, then index (a counting sort: group numbers are small integers). */
function membersByGroup(group: Int32Array): Int32Array {
  let most = 0
  for (const g of group) most = Math.max(most, g)
  const next = new Int32Array(most + 2)
  for (const g of group) next[g + 1]++
  for (let g = 1; g < next.length; g++) next[g] += next[g - 1]
  const out = new Int32Array(group.length)
  for (let i = 0; i < group.length; i++) out[next[group[i]]++] = i
  return out
}

function vectorOf(v: Vectors, i: number): Sum {
  const weights = v.weights.subarray(v.start[i], v.start[i + 1])
  return { terms: v.terms.subarray(v.start[i], v.start[i + 1]), weights, norm: lengthOf(weights) }
}

function lengthOf(weights: Float64Array): number {
  let norm = 0
  for (const w of weights) norm += w * w
  return Math.sqrt(norm)
}

// Scratch space for a merge, grown as needed: one copy out per merge, no array pushes.
let scratchTerms = new Int32Array(1024)
let scratchWeights = new Float64Array(1024)

/** Two sums as one (a merge of their ascending term lists). */
function add(a: Sum, b: Sum): Sum {
  if (scratchTerms.length < a.terms.length + b.terms.length) {
    scratchTerms = new Int32Array(2 * (a.terms.length + b.terms.length))
    scratchWeights = new Float64Array(scratchTerms.length)
  }
  const [terms, weights] = [scratchTerms, scratchWeights]
  let n = 0
  for (let i = 0, j = 0; i < a.terms.length || j < b.terms.length; n++) {
    if (j >= b.terms.length || (i < a.terms.length && a.terms[i] < b.terms[j])) {
      terms[n] = a.terms[i]
      weights[n] = a.weights[i++]
    } else if (i >= a.terms.length || b.terms[j] < a.terms[i]) {
      terms[n] = b.terms[j]
      weights[n] = b.weights[j++]
    } else {
      terms[n] = a.terms[i]
      weights[n] = a.weights[i++] + b.weights[j++]
    }
  }
  if (n > SUM_TERMS) return heaviest(terms, weights, n)
  const out = weights.slice(0, n)
  return { terms: terms.slice(0, n), weights: out, norm: lengthOf(out) }
}

let ranked = new Float64Array(1024)

/**
 * A sum's `SUM_TERMS` heaviest terms (ties to the smaller term id), in term order: the
 * cutoff weight from a native sort of the weights, then one pass in term order. A sort of
 * the terms with a comparator cost a third of the linkage's time.
 */
function heaviest(terms: Int32Array, weights: Float64Array, n: number): Sum {
  if (ranked.length < n) ranked = new Float64Array(2 * n)
  ranked.set(weights.subarray(0, n))
  sortRange(ranked, 0, n)
  const cutoff = ranked[n - SUM_TERMS]
  let ties = SUM_TERMS
  for (let k = 0; k < n; k++) if (weights[k] > cutoff) ties--
  const out = { terms: new Int32Array(SUM_TERMS), weights: new Float64Array(SUM_TERMS), norm: 0 }
  for (let k = 0, kept = 0; kept < SUM_TERMS; k++) {
    if (weights[k] > cutoff || (weights[k] === cutoff && ties-- > 0)) {
      out.terms[kept] = terms[k]
      out.weights[kept++] = weights[k]
    }
  }
  out.norm = lengthOf(out.weights)
  return out
}

/** A sum's cosine with article i's vector, read in place (not divided by the vector's length, as in `cohesion`). */
function cosineWith(a: Sum, v: Vectors, i: number): number {
  let total = 0
  for (let p = 0, q = v.start[i]; p < a.terms.length && q < v.start[i + 1]; ) {
    if (a.terms[p] < v.terms[q]) p++
    else if (a.terms[p] > v.terms[q]) q++
    else total += a.weights[p++] * v.weights[q++]
  }
  return total / (a.norm || 1)
}

function cosine(a: Sum, b: Sum): number {
  let total = 0
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    if (a.terms[i] < b.terms[j]) i++
    else if (a.terms[i] > b.terms[j]) j++
    else total += a.weights[i++] * b.weights[j++]
  }
  return total / (a.norm * b.norm || 1)
}

/**
 * A max-heap of candidate merges (cosine `s`, articles `a` and `b`) in parallel typed arrays:
 * a million pairs as objects kept the garbage collector busy. Ties go to the smaller
 * indices, so the order is fixed.
 */
class MergeHeap {
  s: Float64Array
  a: Int32Array
  b: Int32Array
  length: number
  constructor(pairs: Pairs) {
    this.s = pairs.sim.slice(0, Math.max(pairs.length, 16))
    this.a = pairs.a.slice(0, this.s.length)
    this.b = pairs.b.slice(0, this.s.length)
    this.length = pairs.length
    for (let i = (this.length >> 1) - 1; i >= 0; i--) this.down(i)
  }
  private before(x: number, y: number): boolean {
    const { s, a, b } = this
    return s[x] > s[y] || (s[x] === s[y] && (a[x] < a[y] || (a[x] === a[y] && b[x] < b[y])))
  }
  private swap(x: number, y: number) {
    const { s, a, b } = this
    const ts = s[x]
    const ta = a[x]
    const tb = b[x]
    s[x] = s[y]
    a[x] = a[y]
    b[x] = b[y]
    s[y] = ts
    a[y] = ta
    b[y] = tb
  }
  private down(i: number) {
    for (;;) {
      const l = 2 * i + 1
      let best = i
      if (l < this.length && this.before(l, best)) best = l
      if (l + 1 < this.length && this.before(l + 1, best)) best = l + 1
      if (best === i) return
      this.swap(i, best)
      i = best
    }
  }
  push(s: number, a: number, b: number) {
    if (this.length === this.s.length) {
      ;[this.s, this.a, this.b] = [grown(this.s), grown(this.a), grown(this.b)]
    }
    let i = this.length++
    ;[this.s[i], this.a[i], this.b[i]] = [s, a, b]
    while (i > 0 && this.before(i, (i - 1) >> 1)) {
      this.swap(i, (i - 1) >> 1)
      i = (i - 1) >> 1
    }
  }
  /** Drops the top. */
  pop() {
    this.length--
    if (this.length > 0) {
      this.s[0] = this.s[this.length]
      this.a[0] = this.a[this.length]
      this.b[0] = this.b[this.length]
      this.down(0)
    }
  }
}
