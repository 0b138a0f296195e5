import type { Pairs } from './similar-pairs.ts'
import type { Vectors } from './vectors.ts'

/**
 * Terms an event's sum keeps, its heaviest: what its articles share is there, and a merge
 * or a score costs the same for an event of ten articles and one of ten thousand.
 */
const SUM_TERMS = 128

/** An event's summed term vector: ascending term ids, their summed weights, its length. */
interface Sum {
  terms: number[]
  weights: number[]
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
    const [x, y] = sums[a] ? [a, b] : [b, a]
    return sums[y] ? cosine(sums[x]!, sums[y]!) : cosineWith(sums[x]!, v, y)
  }
  // Every pair waits, under its own similarity (a related entry's boost included): pairs below
  // the threshold come last, and join groups that have come to agree as they grew.
  const heap = new MergeHeap()
  for (let k = 0; k < pairs.length; k++) heap.push({ s: pairs.sim[k], a: pairs.a[k], b: pairs.b[k] })
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [a, b] = [root(top.a), root(top.b)]
    if (a === b) continue
    // Two lone articles score as their pair did; groups are scored as they are now.
    const s = size[a] === 1 && size[b] === 1 ? top.s : similarity(a, b)
    if (s < threshold) continue
    const next = heap.peek()
    if (s < top.s && next && s < next.s) {
      heap.push({ s, a, b })
      continue
    }
    const [keep, gone] = size[a] >= size[b] ? [a, b] : [b, a]
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
  // Only groups of two or more: most articles stand alone.
  const size = new Map<number, number>()
  for (let i = 0; i < n; i++) size.set(group[i], (size.get(group[i]) ?? 0) + 1)
  const members = new Map<number, number[]>()
  for (let i = 0; i < n; i++) if (size.get(group[i])! > 1) (members.get(group[i]) ?? members.set(group[i], []).get(group[i])!).push(i)
  const fit = new Float64Array(n)
  const total = new Map<number, number>()
  for (const list of members.values()) {
    total.clear()
    for (const i of list) for (let q = v.start[i]; q < v.start[i + 1]; q++) total.set(v.terms[q], (total.get(v.terms[q]) ?? 0) + v.weights[q])
    let norm2 = 0
    for (const w of total.values()) norm2 += w * w
    for (const i of list) {
      let xs = 0
      let xx = 0
      for (let q = v.start[i]; q < v.start[i + 1]; q++) {
        xs += v.weights[q] * total.get(v.terms[q])!
        xx += v.weights[q] * v.weights[q]
      }
      fit[i] = (xs - xx) / Math.sqrt(Math.max(norm2 - 2 * xs + xx, 1e-12))
    }
  }
  return fit
}

function vectorOf(v: Vectors, i: number): Sum {
  const weights = [...v.weights.subarray(v.start[i], v.start[i + 1])]
  return { terms: [...v.terms.subarray(v.start[i], v.start[i + 1])], weights, norm: Math.hypot(...weights) }
}

/** Two sums as one (a merge of their ascending term lists). */
function add(a: Sum, b: Sum): Sum {
  const terms: number[] = []
  const weights: number[] = []
  for (let i = 0, j = 0; i < a.terms.length || j < b.terms.length; ) {
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
  if (terms.length > SUM_TERMS) return heaviest(terms, weights)
  let norm = 0
  for (const w of weights) norm += w * w
  return { terms, weights, norm: Math.sqrt(norm) }
}

/** A sum's `SUM_TERMS` heaviest terms, in term order. */
function heaviest(terms: number[], weights: number[]): Sum {
  const kept = [...terms.keys()].sort((x, y) => weights[y] - weights[x] || terms[x] - terms[y]).slice(0, SUM_TERMS).sort((x, y) => terms[x] - terms[y])
  const out = { terms: kept.map((k) => terms[k]), weights: kept.map((k) => weights[k]), norm: 0 }
  out.norm = Math.hypot(...out.weights)
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

interface Merge {
  s: number
  a: number
  b: number
}

/** A max-heap of candidate merges by cosine; ties go to the smaller indices, so the order is fixed. */
class MergeHeap {
  private items: Merge[] = []
  private static before(x: Merge, y: Merge): boolean {
    return x.s > y.s || (x.s === y.s && (x.a < y.a || (x.a === y.a && x.b < y.b)))
  }
  peek(): Merge | undefined {
    return this.items[0]
  }
  push(m: Merge) {
    const items = this.items
    items.push(m)
    for (let i = items.length - 1; i > 0; ) {
      const up = (i - 1) >> 1
      if (!MergeHeap.before(items[i], items[up])) break
      ;[items[i], items[up]] = [items[up], items[i]]
      i = up
    }
  }
  pop(): Merge | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (items.length && last) {
      items[0] = last
      for (let i = 0; ; ) {
        const l = 2 * i + 1
        let best = i
        if (l < items.length && MergeHeap.before(items[l], items[best])) best = l
        if (l + 1 < items.length && MergeHeap.before(items[l + 1], items[best])) best = l + 1
        if (best === i) break
        ;[items[i], items[best]] = [items[best], items[i]]
        i = best
      }
    }
    return top
  }
}
