import { grown, sortRange } from './typed-arrays.ts'
import { createTermIds } from './terms.ts'

/** Title words count this many times an excerpt's: a headline says what the event is. */
const TITLE_WEIGHT = 3
/** A title's word pairs count this many times its words: shared names and phrases are the surest sign of one story. */
const TITLE_PAIR_WEIGHT = 4
/**
 * A term no other article has can match nothing, so it is not kept; it still counts in the
 * article's length at this share of its weight. Counted whole, it shrinks every similarity of
 * an article worded its own way (one event's coverage by outlets that phrase it differently);
 * not counted at all, two articles whose only shared term is the corpus's subject look identical.
 */
const UNIQUE_TERM_SHARE = 0.5
/** Excerpt words past this many add little and cost time (and so do characters past these). */
const EXCERPT_TERMS = 80
export const EXCERPT_CHARS = 800
/** Terms kept per article, the most distinctive first. */
const TERMS_PER_ARTICLE = 24

/**
 * Articles' titles and excerpts end to end in one string (one string copies to a worker in
 * milliseconds, a million in seconds): article i's title ends at `ends[2i]`, its excerpt
 * (at most `EXCERPT_CHARS`) at `ends[2i + 1]`, each starting where the one before ends.
 */
export interface Texts {
  text: string
  ends: Int32Array
}

/** `Texts` of articles. */
export function textsOf(items: readonly { title: string; excerpt: string }[]): Texts {
  const ends = new Int32Array(2 * items.length)
  const parts: string[] = []
  let length = 0
  items.forEach((item, i) => {
    const excerpt = item.excerpt.length > EXCERPT_CHARS ? item.excerpt.slice(0, EXCERPT_CHARS) : item.excerpt
    parts.push(item.title, excerpt)
    ends[2 * i] = length += item.title.length
    ends[2 * i + 1] = length += excerpt.length
  })
  return { text: parts.join(''), ends }
}

/**
 * Every article as unit-length weighted terms, end to end in flat arrays: article i's terms
 * are `terms[start[i]]` up to `terms[start[i + 1]]`, in ascending id order. Flat, because a
 * million small arrays kept the garbage collector marking a corpus-sized heap over and over.
 */
export interface Vectors {
  start: Int32Array
  terms: Int32Array
  weights: Float64Array
  /** Articles each term occurs in, by term id. */
  df: Int32Array
}

/**
 * Weights are log term frequency (titles weigh more) times inverse document frequency to
 * the power 1.5, so words the whole corpus shares count for little and rare ones for much
 * (plain IDF let a corpus's everyday words, shared by any two articles, add up to a match).
 * Each article keeps its most distinctive terms only, and none that no other article has
 * (`UNIQUE_TERM_SHARE`); vectors are at most unit length.
 */
export function vectorize(texts: Texts): Vectors {
  const n = texts.ends.length / 2
  const { termsOf, pairsOf, count } = createTermIds()
  let df = new Int32Array(1024)
  let tf = new Float64Array(1024)
  // Each article's distinct terms and counts, end to end: `bagEnd[i]` ends article i's.
  // Sized from the text (about a term per six characters) so that it rarely grows.
  let bagTerms = new Int32Array(Math.max(1024, texts.text.length >> 2))
  // Counts are sums of whole weights (3, 12, 1): exact in 32 bits, at half the memory (140 MB at 100,000 stories).
  let bagCounts = new Float32Array(bagTerms.length)
  let bagLength = 0
  const bagEnd = new Int32Array(n)
  const add = (terms: number[], weight: number, limit: number) => {
    for (let k = 0; k < terms.length && k < limit; k++) {
      const id = terms[k]
      while (id >= df.length) [df, tf] = [grown(df), grown(tf)]
      if (tf[id] === 0) {
        if (bagLength === bagTerms.length) [bagTerms, bagCounts] = [grown(bagTerms), grown(bagCounts)]
        bagTerms[bagLength++] = id
      }
      tf[id] += weight
    }
  }
  for (let i = 0; i < n; i++) {
    const from = i === 0 ? 0 : bagEnd[i - 1]
    const title = termsOf(texts.text.slice(i === 0 ? 0 : texts.ends[2 * i - 1], texts.ends[2 * i]))
    add(title, TITLE_WEIGHT, Infinity)
    add(pairsOf(title), TITLE_WEIGHT * TITLE_PAIR_WEIGHT, Infinity)
    add(termsOf(texts.text.slice(texts.ends[2 * i], texts.ends[2 * i + 1])), 1, EXCERPT_TERMS)
    for (let k = from; k < bagLength; k++) {
      bagCounts[k] = tf[bagTerms[k]]
      df[bagTerms[k]]++
      tf[bagTerms[k]] = 0
    }
    bagEnd[i] = bagLength
  }

  const idf = Float64Array.from(df.subarray(0, count()), (d) => Math.log((n + 1) / (d + 1)) ** 1.5)
  const out = { start: new Int32Array(n + 1), terms: new Int32Array(n * TERMS_PER_ARTICLE), weights: new Float64Array(n * TERMS_PER_ARTICLE), df: df.slice(0, count()) }
  // Scratch for one article: its kept terms, their weights by term id (`tf`, all zero again
  // since the first pass), and the weights to rank. Typed arrays sort natively, with no
  // comparator called from the sort: this pass took twice as long with one.
  let most = 0
  for (let i = 0; i < n; i++) most = Math.max(most, bagEnd[i] - (i === 0 ? 0 : bagEnd[i - 1]))
  const picked = new Int32Array(most)
  const scratch = { ranked: new Float64Array(most), ties: new Int32Array(most) }
  let length = 0
  for (let i = 0; i < n; i++) {
    let count = 0
    let unique = 0
    for (let k = i === 0 ? 0 : bagEnd[i - 1]; k < bagEnd[i]; k++) {
      // Weighed here, not kept for every term of the corpus (190 MB at 100,000 stories).
      const weight = (1 + Math.log(bagCounts[k])) * idf[bagTerms[k]]
      if (weight <= 0) continue
      if (df[bagTerms[k]] > 1) {
        picked[count++] = bagTerms[k]
        tf[bagTerms[k]] = weight
      } else unique += weight * weight
    }
    out.start[i] = length
    length = appendHeaviest(out, length, picked, count, tf, TERMS_PER_ARTICLE, scratch, UNIQUE_TERM_SHARE * UNIQUE_TERM_SHARE * unique)
    for (let k = i === 0 ? 0 : bagEnd[i - 1]; k < bagEnd[i]; k++) tf[bagTerms[k]] = 0
  }
  out.start[n] = length
  return out
}

/**
 * Keeps the `limit` heaviest of `terms[0..count)` (weights by term id in `weight`), ties to
 * the smaller term id, so the choice is stable; returns how many. `ranked` and `ties` are
 * scratch of at least `count`.
 */
export function keepHeaviest(terms: Int32Array, count: number, weight: Float64Array, limit: number, ranked: Float64Array, ties: Int32Array): number {
  if (count <= limit) return count
  for (let k = 0; k < count; k++) ranked[k] = weight[terms[k]]
  sortRange(ranked, 0, count)
  const cutoff = ranked[count - limit]
  let kept = 0
  let tie = 0
  for (let k = 0; k < count; k++) {
    const w = weight[terms[k]]
    if (w > cutoff) terms[kept++] = terms[k]
    else if (w === cutoff) ties[tie++] = terms[k]
  }
  // Terms at the cutoff weight, smallest ids first, fill what is left.
  sortRange(ties, 0, tie)
  for (let k = 0; kept < limit; k++) terms[kept++] = ties[k]
  return kept
}

/** Scratch for `keepHeaviest`, grown as needed. */
export interface HeaviestScratch {
  ranked: Float64Array
  ties: Int32Array
}

/**
 * Writes the `limit` heaviest of `terms[0..count)` (weights by term id in `weight`) into
 * `out` from `at`, in term order, divided by their length; `extra` is a squared length
 * that counts in it without being kept (unique terms). Returns where the vector ends.
 * Article vectors and the story chain's event vectors are both made this way.
 */
export function appendHeaviest(out: { terms: Int32Array; weights: Float64Array }, at: number, terms: Int32Array, count: number, weight: Float64Array, limit: number, scratch: HeaviestScratch, extra = 0): number {
  if (scratch.ranked.length < count) [scratch.ranked, scratch.ties] = [new Float64Array(terms.length), new Int32Array(terms.length)]
  const kept = keepHeaviest(terms, count, weight, limit, scratch.ranked, scratch.ties)
  sortRange(terms, 0, kept)
  let norm = extra
  for (let k = 0; k < kept; k++) norm += weight[terms[k]] * weight[terms[k]]
  norm = Math.sqrt(norm) || 1
  for (let k = 0; k < kept; k++) {
    out.terms[at] = terms[k]
    out.weights[at++] = weight[terms[k]] / norm
  }
  return at
}
