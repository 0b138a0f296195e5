// Words as the index sees them. A token is a run of letters and digits in the folded text
// (normalizeText: NFKD, accents dropped, lower case); its term is its Porter stem, or the token
// itself when it has no letter (numbers are not stemmed). Build, browser and tests all call
// these, so a document and a query can never be cut into words two different ways.
import { stemmer } from 'stemmer'
import { normalizeText } from '../text.ts'

const SEPARATORS = /[^\p{L}\p{N}]+/u
const LETTER = /\p{L}/u
const WORD = /[\p{L}\p{N}]+/gu
// Sticky: tests one position without slicing the string.
const MARK_AT = /\p{M}/uy

/** A word of a text, with where it lies in the ORIGINAL (unfolded) text. */
export interface Token {
  /** The folded word: what a prefix is compared with. */
  token: string
  /** Its stem: what the index stores. */
  term: string
  /** UTF-16 offsets into the original text: text.slice(start, end) is the word as written. */
  start: number
  end: number
}

/** A word the reader is still typing: matched by its beginning or by its stem. */
export interface QueryPrefix {
  token: string
  term: string
}

export function termOf(token: string): string {
  return LETTER.test(token) ? stemmer(token) : token
}

/** The folded tokens of a text, in order: the fast path for the build and for queries. */
export function foldedTokens(text: string): string[] {
  const tokens = normalizeText(text).split(SEPARATORS)
  // split leaves an empty piece where the text starts or ends with a separator.
  if (tokens.length > 0 && tokens[0] === '') tokens.shift()
  if (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop()
  return tokens
}

/**
 * The tokens of a text with offsets into the original, for marking matched words. Folding can
 * change lengths (the ligature "ﬁ" becomes "fi", a decomposed "é" loses its mark), so each
 * original character is folded on its own together with the combining marks after it, and
 * each folded code unit remembers the original span it came from. A token spans from the start
 * of its first character's span to the end of its last one's; several tokens may share a span
 * when one character folds into several words ("½" becomes "1⁄2").
 */
export function tokenize(text: string): Token[] {
  const spanStart: number[] = []
  const spanEnd: number[] = []
  const pieces: string[] = []
  let i = 0
  while (i < text.length) {
    const start = i
    i += codePointLength(text, i)
    while (i < text.length && isMarkAt(text, i)) i += codePointLength(text, i)
    const piece = foldPiece(text, start, i)
    pieces.push(piece)
    for (let k = 0; k < piece.length; k++) {
      spanStart.push(start)
      spanEnd.push(i)
    }
  }
  // The words are those of the whole text folded at once, as the index saw them (lower-casing
  // has context: a Greek final sigma). That folding has the same length as the piecewise one
  // for all text we know of; should it ever not, the piecewise words are used, which keeps
  // the offsets right at the cost of such a word perhaps not matching.
  const whole = normalizeText(text)
  const piecewise = pieces.join('')
  const folded = whole.length === piecewise.length ? whole : piecewise
  const tokens: Token[] = []
  for (const match of folded.matchAll(WORD)) {
    const first = match.index
    const last = first + match[0].length - 1
    tokens.push({ token: match[0], term: termOf(match[0]), start: spanStart[first], end: spanEnd[last] })
  }
  return tokens
}

/**
 * Whether a word of a text matches a query term (a stem, as in ParsedQuery.required) or the
 * prefix being typed. For marking words: it does not know which of a prefix's expansions the
 * search kept (at most MAX_EXPANSIONS), so it may mark a rare word the search did not use.
 */
export function matchesTerm(token: Pick<Token, 'token' | 'term'>, termOrPrefix: string | QueryPrefix): boolean {
  if (typeof termOrPrefix === 'string') return token.term === termOrPrefix
  return token.token.startsWith(termOrPrefix.token) || token.term === termOrPrefix.term
}

function codePointLength(text: string, i: number): number {
  const unit = text.charCodeAt(i)
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1)
    if (next >= 0xdc00 && next <= 0xdfff) return 2
  }
  return 1
}

function isMarkAt(text: string, i: number): boolean {
  MARK_AT.lastIndex = i
  return MARK_AT.test(text)
}

function foldPiece(text: string, start: number, end: number): string {
  // Plain ASCII folds to its lower case; skipping normalize for it keeps long excerpts cheap.
  if (end === start + 1 && text.charCodeAt(start) < 128) return text[start].toLowerCase()
  return normalizeText(text.slice(start, end))
}
