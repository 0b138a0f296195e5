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
export function vectorize(items: readonly { title: string; excerpt: string }[]): Vectors {
  const { termsOf, pairsOf, count } = createTermIds()
  let df = new Int32Array(1024)
  let tf = new Float64Array(1024)
  // Each article's distinct terms and counts, end to end: `bagEnd[i]` ends article i's.
  let bagTerms = new Int32Array(1024)
  let bagCounts = new Float64Array(1024)
  let bagLength = 0
  const bagEnd = new Int32Array(items.length)
  const add = (terms: number[], weight: number, limit: number) => {
    for (let k = 0; k < terms.length && k < limit; k++) {
      const id = terms[k]
      while (id >= df.length) [df, tf] = [grow(df), grow(tf)]
      if (tf[id] === 0) {
        if (bagLength === bagTerms.length) [bagTerms, bagCounts] = [grow(bagTerms), grow(bagCounts)]
        bagTerms[bagLength++] = id
      }
      tf[id] += weight
    }
  }
  items.forEach((item, i) => {
    const from = i === 0 ? 0 : bagEnd[i - 1]
    const title = termsOf(item.title)
    add(title, TITLE_WEIGHT, Infinity)
    add(pairsOf(title), TITLE_WEIGHT * TITLE_PAIR_WEIGHT, Infinity)
    add(termsOf(item.excerpt.slice(0, EXCERPT_CHARS)), 1, EXCERPT_TERMS)
    for (let k = from; k < bagLength; k++) {
      bagCounts[k] = tf[bagTerms[k]]
      df[bagTerms[k]]++
      tf[bagTerms[k]] = 0
    }
    bagEnd[i] = bagLength
  })

  const n = items.length
  const idf = Float64Array.from(df.subarray(0, count()), (d) => Math.log((n + 1) / (d + 1)) ** 1.5)
  const out = { start: new Int32Array(n + 1), terms: new Int32Array(n * TERMS_PER_ARTICLE), weights: new Float64Array(n * TERMS_PER_ARTICLE), df: df.slice(0, count()) }
  const weight = new Float64Array(bagLength)
  for (let k = 0; k < bagLength; k++) weight[k] = (1 + Math.log(bagCounts[k])) * idf[bagTerms[k]]
  const picked: number[] = []
  let length = 0
  for (let i = 0; i < n; i++) {
    picked.length = 0
    let unique = 0
    for (let k = i === 0 ? 0 : bagEnd[i - 1]; k < bagEnd[i]; k++) {
      if (weight[k] <= 0) continue
      if (df[bagTerms[k]] > 1) picked.push(k)
      else unique += weight[k] * weight[k]
    }
    if (picked.length > TERMS_PER_ARTICLE) {
      // The most distinctive; ties by term id, so the choice is stable.
      picked.sort((a, b) => weight[b] - weight[a] || bagTerms[a] - bagTerms[b])
      picked.length = TERMS_PER_ARTICLE
    }
    picked.sort((a, b) => bagTerms[a] - bagTerms[b])
    let norm = UNIQUE_TERM_SHARE * UNIQUE_TERM_SHARE * unique
    for (const k of picked) norm += weight[k] * weight[k]
    norm = Math.sqrt(norm) || 1
    out.start[i] = length
    for (const k of picked) {
      out.terms[length] = bagTerms[k]
      out.weights[length++] = weight[k] / norm
    }
  }
  out.start[n] = length
  return out
}

function grow<T extends Int32Array | Float64Array>(array: T): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2)
  bigger.set(array)
  return bigger
}
