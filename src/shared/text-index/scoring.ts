// How results are scored and ordered, in one place for the index and the tests' plain scan:
// both must do the same float64 operations in the same order for equal scores to compare equal.
import { compareCodeUnits } from './query-parse.ts'

/** A prefix stands for at most this many document terms, those in the most documents. */
export const MAX_EXPANSIONS = 64

/** Posting flags: the term is in the title (field 0), in the excerpt (field 1). */
export const IN_TITLE = 1
export const IN_EXCERPT = 2

/** A term's share of a document's score: rarer terms weigh more, a title counts three times. */
export function termScore(docCount: number, df: number, flags: number): number {
  const weight = (flags & IN_TITLE ? 3 : 0) + (flags & IN_EXCERPT ? 1 : 0)
  return Math.log(1 + docCount / df) * weight
}

export interface Expansion {
  term: string
  df: number
}

/** The terms a prefix stands for: distinct, most documents first, ties alphabetical, at most MAX_EXPANSIONS. */
export function topExpansions(candidates: Iterable<Expansion>): Expansion[] {
  const byTerm = new Map<string, Expansion>()
  for (const c of candidates) byTerm.set(c.term, c)
  return [...byTerm.values()].sort((a, b) => b.df - a.df || compareCodeUnits(a.term, b.term)).slice(0, MAX_EXPANSIONS)
}

export interface SearchResult {
  /** Document positions (0..n-1), best first. */
  positions: Uint32Array
  scores: Float64Array
}

/** Orders matches by score, highest first, then by position (the list order, newest first). */
export function rankResults(docs: ArrayLike<number>, scores: ArrayLike<number>): SearchResult {
  const order = new Uint32Array(docs.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  order.sort((a, b) => scores[b] - scores[a] || docs[a] - docs[b])
  const result = { positions: new Uint32Array(order.length), scores: new Float64Array(order.length) }
  for (let i = 0; i < order.length; i++) {
    result.positions[i] = docs[order[i]]
    result.scores[i] = scores[order[i]]
  }
  return result
}
