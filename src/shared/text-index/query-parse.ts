// What a query string asks for. Quoted text is a phrase (an unclosed quote runs to the end of
// the query); the rest is cut into words like a document. While the reader is typing, the last
// word is a prefix unless something (whitespace, a quote) shows they have moved past it.
import { foldedTokens, termOf, type QueryPrefix } from './tokens.ts'

export interface ParsedQuery {
  /** Plain terms, each once, in order of first appearance (a one-word phrase is one). */
  terms: string[]
  /** Phrases of two or more terms, each phrase once. */
  phrases: string[][]
  /** The word being typed, or null. */
  prefix: QueryPrefix | null
  /**
   * Every term that must occur: the plain terms and the phrases' terms, each once, sorted
   * (code-unit order). Scores are summed over it in this order, by the index and by the tests'
   * plain scan alike, so both add the same floats in the same order.
   */
  required: string[]
}

export function parseQuery(q: string, typing: boolean): ParsedQuery {
  const plainTerms: string[] = []
  const phrases = new Map<string, string[]>()
  // The last plain word, while it is also the last thing in the query (no quote after it).
  let lastToken: string | null = null
  let i = 0
  while (i <= q.length) {
    const quote = q.indexOf('"', i)
    const words = foldedTokens(q.slice(i, quote === -1 ? q.length : quote))
    if (words.length > 0) {
      plainTerms.push(...words.map(termOf))
      lastToken = words[words.length - 1]
    }
    if (quote === -1) break
    lastToken = null
    const close = q.indexOf('"', quote + 1)
    const terms = foldedTokens(q.slice(quote + 1, close === -1 ? q.length : close)).map(termOf)
    if (terms.length === 1) plainTerms.push(terms[0])
    else if (terms.length > 1) phrases.set(terms.join(' '), terms)
    if (close === -1) break
    i = close + 1
  }
  let prefix: QueryPrefix | null = null
  if (typing && lastToken !== null && !/\s$/u.test(q)) {
    // The prefix's word was the last plain term pushed; an earlier same word stays plain.
    plainTerms.pop()
    prefix = { token: lastToken, term: termOf(lastToken) }
  }
  const terms = [...new Set(plainTerms)]
  const phraseList = [...phrases.values()]
  const required = [...new Set([...terms, ...phraseList.flat()])].sort(compareCodeUnits)
  return { terms, phrases: phraseList, prefix, required }
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
