// The build's one pass over the documents: every term's posting list and position list,
// encoded as it goes (documents come in position order, so each list is appended to in
// ascending order and never needs sorting). Per-term counters are plain arrays indexed by term
// id, reset after each document for the terms it touched, so the pass allocates almost nothing
// per document.
import { ByteWriter } from './byte-codec.ts'
import { IN_EXCERPT, IN_TITLE } from './scoring.ts'
import { foldedTokens, termOf } from './tokens.ts'

export interface TextDoc {
  title: string
  excerpt: string
}

export interface CollectedTerms {
  /** By term id. */
  terms: string[]
  /** Documents containing each term. */
  df: number[]
  /** Per document containing the term, ascending: varint (gap × 4 + flags), gap = doc - previous doc - 1. */
  postings: ByteWriter[]
  /**
   * Per document, in posting order, per field the term is in (title, then excerpt): varint
   * (count - 1), then each position as varint (position - previous position - 1).
   */
  positions: ByteWriter[]
  /** Every distinct folded token, to its term id: the dictionary's content. */
  tokens: Map<string, number>
}

export function collectTerms(docs: readonly TextDoc[]): CollectedTerms {
  const termIds = new Map<string, number>()
  const tokens = new Map<string, number>()
  const terms: string[] = []
  const df: number[] = []
  const postings: ByteWriter[] = []
  const positions: ByteWriter[] = []
  const lastDoc: number[] = []
  const lastPosition: number[] = []
  const titleCount: number[] = []
  const excerptCount: number[] = []

  // Stemming is the costly step; a token seen before is looked up, not stemmed again.
  const idOf = (token: string): number => {
    let id = tokens.get(token)
    if (id !== undefined) return id
    const term = termOf(token)
    id = termIds.get(term)
    if (id === undefined) {
      id = terms.length
      termIds.set(term, id)
      terms.push(term)
      df.push(0)
      postings.push(new ByteWriter())
      positions.push(new ByteWriter())
      lastDoc.push(-1)
      lastPosition.push(-1)
      titleCount.push(0)
      excerptCount.push(0)
    }
    tokens.set(token, id)
    return id
  }

  const writePositions = (field: readonly number[]) => {
    for (let p = 0; p < field.length; p++) {
      const id = field[p]
      positions[id].uint(p - lastPosition[id] - 1)
      lastPosition[id] = p
    }
  }

  const touched: number[] = []
  for (let doc = 0; doc < docs.length; doc++) {
    const title = foldedTokens(docs[doc].title).map(idOf)
    const excerpt = foldedTokens(docs[doc].excerpt).map(idOf)
    touched.length = 0
    for (const id of title) if (titleCount[id]++ === 0) touched.push(id)
    for (const id of excerpt) if (excerptCount[id]++ === 0 && titleCount[id] === 0) touched.push(id)
    // A field's count goes before its positions, so the title's counts are written for all
    // touched terms, then the title's positions, then the same for the excerpt.
    for (const id of touched) {
      const flags = (titleCount[id] > 0 ? IN_TITLE : 0) | (excerptCount[id] > 0 ? IN_EXCERPT : 0)
      postings[id].uint((doc - lastDoc[id] - 1) * 4 + flags)
      lastDoc[id] = doc
      df[id]++
      if (titleCount[id] > 0) positions[id].uint(titleCount[id] - 1)
      lastPosition[id] = -1
    }
    writePositions(title)
    for (const id of touched) {
      if (excerptCount[id] > 0) positions[id].uint(excerptCount[id] - 1)
      lastPosition[id] = -1
    }
    writePositions(excerpt)
    for (const id of touched) {
      titleCount[id] = 0
      excerptCount[id] = 0
    }
  }
  return { terms, df, postings, positions, tokens }
}
