import { normalizeText } from '../shared/text.ts'

/** A piece of text, marked when it matched the query. Rendered as text, never as markup. */
export interface Segment {
  text: string
  mark: boolean
}

/**
 * Splits `text` into words and the spaces between them, marking the words whose position
 * (counted from `firstWord`, the way the search engine counts words of a record) is in
 * `locations`, or, where the engine gave none (a prefix still being typed), the words that
 * start like a query word.
 */
export function highlight(text: string, locations: ReadonlySet<number>, firstWord: number, terms: readonly string[]): Segment[] {
  const segments: Segment[] = []
  let word = firstWord
  for (const part of text.split(/(\s+)/)) {
    if (part === '') continue
    if (/^\s+$/.test(part)) {
      push(segments, part, false)
      continue
    }
    push(segments, part, locations.size > 0 ? locations.has(word) : terms.some((t) => startsLike(part, t)))
    word++
  }
  return segments
}

/** The words of a query, folded, quotes and filter words aside. */
export function queryWords(q: string): string[] {
  return normalizeText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
}

/** A word starts like a query word: the same beginning, less an English ending ("banning" marks "Banned"). */
function startsLike(word: string, term: string): boolean {
  const folded = normalizeText(word).replace(/^[^\p{L}\p{N}]+/u, '')
  const stem = term.length > 4 ? term.replace(/(ing|ed|es|s)$/, '') : term
  return folded.startsWith(stem)
}

function push(segments: Segment[], text: string, mark: boolean) {
  const last = segments[segments.length - 1]
  if (last && last.mark === mark) last.text += text
  else segments.push({ text, mark })
}

/**
 * The part of a record's words to show as its excerpt: `length` words from a little before
 * the first match after `from` (the excerpt's first word), or from the start.
 */
export function excerptWindow(words: number, from: number, locations: readonly number[], length = 30): { start: number; end: number } {
  const first = locations.filter((l) => l >= from).sort((a, b) => a - b)[0]
  const start = first === undefined ? from : Math.max(from, Math.min(first - 5, words - length))
  return { start, end: Math.min(words, start + length) }
}
