import { parseQuery } from '../shared/text-index/query-parse.ts'
import { matchesTerm, tokenize } from '../shared/text-index/tokens.ts'

/** A piece of text, marked when it matched the query. Rendered as text, never as markup. */
export interface Segment {
  text: string
  mark: boolean
}

/**
 * Splits `text` into the words the query matched and the text between them, tokenized as
 * the index tokenizes ("banning" marks "Banned": one stem; the word being typed marks the
 * words it begins). Every character of `text` is kept, as text.
 */
export function markWords(text: string, q: string): Segment[] {
  const query = parseQuery(q, true)
  const wanted = [...query.required, ...(query.prefix ? [query.prefix] : [])]
  const segments: Segment[] = []
  let at = 0
  for (const token of tokenize(text)) {
    if (!wanted.some((w) => matchesTerm(token, w))) continue
    push(segments, text.slice(at, token.start), false)
    push(segments, text.slice(token.start, token.end), true)
    at = token.end
  }
  push(segments, text.slice(at), false)
  return segments
}

function push(segments: Segment[], text: string, mark: boolean) {
  if (text === '') return
  const last = segments[segments.length - 1]
  if (last && last.mark === mark) last.text += text
  else segments.push({ text, mark })
}
