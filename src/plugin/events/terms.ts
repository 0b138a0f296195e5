import { stemmer } from 'stemmer'
import { grown } from './typed-arrays.ts'

// Function words only: how much a word says about an event is left to its weight over the
// corpus (inverse document frequency), so "police" counts for little in a corpus about
// police and for much in one about schools.
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it its ' +
    'just more most my no not now of on or our out over says said she so than that the their them then there these they ' +
    'this those to too up us was we were what when where which while who why will with would you your after about also ' +
    'new'
  ).split(' '),
)

const NON_ASCII = /[^ -~\s]/
const APOSTROPHE_OR_EMAIL = /['’‘`]|e-mail/

/** A text with case and accents folded, apostrophes and possessives dropped, "e-mail" as "email": its words are its runs of a–z and 0–9. */
export function fold(text: string): string {
  // Most text is ASCII: folding accents only where there are any halves the time.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  const lower = folded.toLowerCase()
  return APOSTROPHE_OR_EMAIL.test(lower) ? lower.replace(/['’‘`]s\b|['’‘`]/g, '').replace(/\be-mail/g, 'email') : lower
}

/** A text's words (`fold`, then its runs of letters and digits). */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/)
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
const EMPTY = -1

/**
 * Numbers the terms of texts: each word is reduced by the Porter stemmer ("banning",
 * "bans" and "banned" are all "ban") and words with one stem share one number; function
 * words and single letters get none.
 *
 * A corpus has far fewer distinct words than words, so each is stemmed once; after that a
 * word costs a hash of its characters and a probe in an open-addressing table, read in place
 * from the folded text. A `Map` keyed by each word as a new string cost four times as much
 * at 100,000 stories (the strings, and hashing them), and one keyed by word pairs as
 * doubles more again.
 */
export function createTermIds() {
  const ofStem = new Map<string, number>()
  // Distinct words: their characters end to end in `chars`, and each one's start, length and term.
  let chars: Uint8Array = new Uint8Array(1 << 16)
  let charsUsed = 0
  const wordStart: number[] = []
  const wordLength: number[] = []
  const wordTerm: number[] = []
  let words: Int32Array = new Int32Array(1 << 12).fill(EMPTY)
  // Word pairs: the two terms and the pair's own term, by slot.
  let pairFirst: Int32Array = new Int32Array(1 << 12).fill(EMPTY)
  let pairSecond: Int32Array = new Int32Array(1 << 12)
  let pairTerm: Int32Array = new Int32Array(1 << 12)
  let pairCount = 0
  // Words' stems and word pairs share one numbering.
  let next = 0

  const sameWord = (text: string, from: number, to: number, w: number) => {
    if (wordLength[w] !== to - from) return false
    for (let k = 0, s = wordStart[w]; k < to - from; k++) if (chars[s + k] !== text.charCodeAt(from + k)) return false
    return true
  }
  const addWord = (text: string, from: number, to: number): number => {
    const word = text.slice(from, to)
    const stem = word.length < 2 || STOPWORDS.has(word) ? null : stemmer(word)
    const term = stem === null ? EMPTY : (ofStem.get(stem) ?? ofStem.set(stem, next++).get(stem)!)
    while (charsUsed + word.length > chars.length) chars = grown(chars)
    for (let k = 0; k < word.length; k++) chars[charsUsed + k] = word.charCodeAt(k)
    wordStart.push(charsUsed)
    wordLength.push(word.length)
    wordTerm.push(term)
    charsUsed += word.length
    if (wordTerm.length * 2 > words.length) words = rehash(words, wordTerm.length, (w) => hashOf(chars, wordStart[w], wordLength[w]))
    return term
  }
  const termOfWord = (text: string, from: number, to: number, hash: number): number => {
    const mask = words.length - 1
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const w = words[slot]
      if (w === EMPTY) {
        words[slot] = wordTerm.length
        return addWord(text, from, to)
      }
      if (sameWord(text, from, to, w)) return wordTerm[w]
    }
  }

  const termsOf = (text: string): number[] => {
    const folded = fold(text)
    const out: number[] = []
    for (let i = 0; i < folded.length; ) {
      if (!isWordChar(folded.charCodeAt(i))) {
        i++
        continue
      }
      const from = i
      let hash = FNV_OFFSET
      for (; i < folded.length && isWordChar(folded.charCodeAt(i)); i++) hash = Math.imul(hash ^ folded.charCodeAt(i), FNV_PRIME)
      const term = termOfWord(folded, from, i, hash >>> 0)
      if (term >= 0) out.push(term)
    }
    return out
  }

  /** Adjacent terms as terms of their own ("ignition switch", "game thrones"): a name or a phrase says more than either word. */
  const pairsOf = (terms: readonly number[]): number[] => {
    const out: number[] = []
    for (let k = 1; k < terms.length; k++) out.push(termOfPair(terms[k - 1], terms[k]))
    return out
  }
  const termOfPair = (a: number, b: number): number => {
    const mask = pairFirst.length - 1
    for (let slot = pairHash(a, b) & mask; ; slot = (slot + 1) & mask) {
      if (pairFirst[slot] === EMPTY) {
        ;[pairFirst[slot], pairSecond[slot], pairTerm[slot]] = [a, b, next++]
        if (++pairCount * 2 > pairFirst.length) [pairFirst, pairSecond, pairTerm] = rehashPairs(pairFirst, pairSecond, pairTerm)
        return next - 1
      }
      if (pairFirst[slot] === a && pairSecond[slot] === b) return pairTerm[slot]
    }
  }
  return { termsOf, pairsOf, count: () => next }
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function hashOf(chars: Uint8Array, from: number, length: number): number {
  let hash = FNV_OFFSET
  for (let k = from; k < from + length; k++) hash = Math.imul(hash ^ chars[k], FNV_PRIME)
  return hash >>> 0
}

function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0
}

/** A word table twice the size, its `count` words placed again by `hash`. */
function rehash(table: Int32Array, count: number, hash: (w: number) => number): Int32Array {
  const out = new Int32Array(table.length * 2).fill(EMPTY)
  const mask = out.length - 1
  for (let w = 0; w < count; w++) {
    let slot = hash(w) & mask
    while (out[slot] !== EMPTY) slot = (slot + 1) & mask
    out[slot] = w
  }
  return out
}

function rehashPairs(first: Int32Array, second: Int32Array, term: Int32Array): [Int32Array, Int32Array, Int32Array] {
  const size = first.length * 2
  const out: [Int32Array, Int32Array, Int32Array] = [new Int32Array(size).fill(EMPTY), new Int32Array(size), new Int32Array(size)]
  for (let s = 0; s < first.length; s++) {
    if (first[s] === EMPTY) continue
    let slot = pairHash(first[s], second[s]) & (size - 1)
    while (out[0][slot] !== EMPTY) slot = (slot + 1) & (size - 1)
    ;[out[0][slot], out[1][slot], out[2][slot]] = [first[s], second[s], term[s]]
  }
  return out
}
