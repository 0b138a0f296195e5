import { stemmer } from 'stemmer'

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

/** A text's words: case and accents folded, apostrophes and possessives dropped, "e-mail" as "email". */
export function words(text: string): string[] {
  // Most text is ASCII: folding accents only where there are any halves the time.
  const folded = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  const lower = folded.toLowerCase()
  return (APOSTROPHE_OR_EMAIL.test(lower) ? lower.replace(/['’‘`]s\b|['’‘`]/g, '').replace(/\be-mail/g, 'email') : lower).split(/[^a-z0-9]+/)
}

/**
 * Numbers the terms of texts: each word is reduced by the Porter stemmer ("banning",
 * "bans" and "banned" are all "ban") and words with one stem share one number; function
 * words and single letters get none. Words are cached: a corpus has far fewer distinct
 * words than words, so each is stemmed once and then costs one lookup.
 */
export function createTermIds() {
  const ofWord = new Map<string, number>()
  const ofStem = new Map<string, number>()
  const ofPair = new Map<number, number>()
  // Words' stems and word pairs share one numbering.
  let next = 0
  const termsOf = (text: string): number[] => {
    const out: number[] = []
    for (const word of words(text)) {
      let id = ofWord.get(word)
      if (id === undefined) {
        if (word.length < 2 || STOPWORDS.has(word)) id = -1
        else {
          const stem = stemmer(word)
          id = ofStem.get(stem) ?? ofStem.set(stem, next++).get(stem)!
        }
        ofWord.set(word, id)
      }
      if (id >= 0) out.push(id)
    }
    return out
  }
  /** Adjacent terms as terms of their own ("ignition switch", "game thrones"): a name or a phrase says more than either word. */
  const pairsOf = (terms: readonly number[]): number[] => {
    const out: number[] = []
    for (let k = 1; k < terms.length; k++) {
      // A number key (term ids stay far below 2^26): no string per pair.
      const key = terms[k - 1] * 2 ** 26 + terms[k]
      let id = ofPair.get(key)
      if (id === undefined) ofPair.set(key, (id = next++))
      out.push(id)
    }
    return out
  }
  return { termsOf, pairsOf, count: () => next }
}
