// The search semantics applied literally, document by document, for the tests to compare the
// index against. Slow on purpose: no index, no shortcuts, every rule spelled out once more.
import type { TextDoc } from './collect-terms.ts'
import { parseQuery } from './query-parse.ts'
import { MAX_EXPANSIONS } from './scoring.ts'
import { foldedTokens, termOf } from './tokens.ts'

interface Word {
  token: string
  term: string
}

export function plainScan(docs: readonly TextDoc[], q: string, typing: boolean): { positions: number[]; scores: number[] } {
  const n = docs.length
  const { required, phrases, prefix } = parseQuery(q, typing)
  const none = { positions: [], scores: [] }
  if (n === 0 || (required.length === 0 && !prefix)) return none

  const fields: Word[][][] = docs.map((d) => [d.title, d.excerpt].map((text) => foldedTokens(text).map((token) => ({ token, term: termOf(token) }))))
  const df = new Map<string, number>()
  const vocabulary = new Map<string, string>()
  for (const [title, excerpt] of fields) {
    for (const term of new Set([...title, ...excerpt].map((w) => w.term))) df.set(term, (df.get(term) ?? 0) + 1)
    for (const w of [...title, ...excerpt]) vocabulary.set(w.token, w.term)
  }
  const weight = (doc: number, term: string) => (fields[doc][0].some((w) => w.term === term) ? 3 : 0) + (fields[doc][1].some((w) => w.term === term) ? 1 : 0)
  const score = (doc: number, term: string) => Math.log(1 + n / (df.get(term) as number)) * weight(doc, term)

  // A prefix stands for the terms of the tokens starting with it, and for its own stem: the
  // MAX_EXPANSIONS of them in the most documents, ties alphabetical.
  let expansions: string[] = []
  if (prefix) {
    const candidates = new Set<string>()
    for (const [token, term] of vocabulary) if (token.startsWith(prefix.token) || term === prefix.term) candidates.add(term)
    expansions = [...candidates]
      .sort((a, b) => (df.get(b) as number) - (df.get(a) as number) || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, MAX_EXPANSIONS)
  }

  const matches: { doc: number; score: number }[] = []
  for (let doc = 0; doc < n; doc++) {
    if (!required.every((term) => weight(doc, term) > 0)) continue
    const inPhrase = (phrase: string[]) =>
      fields[doc].some((words) => words.some((_, start) => phrase.every((term, i) => words[start + i]?.term === term)))
    if (!phrases.every(inPhrase)) continue
    let best = 0
    if (prefix) {
      for (const term of expansions) if (weight(doc, term) > 0) best = Math.max(best, score(doc, term))
      if (best === 0) continue
    }
    let total = 0
    for (const term of required) total += score(doc, term)
    if (prefix) total += best
    matches.push({ doc, score: total })
  }
  matches.sort((a, b) => b.score - a.score || a.doc - b.doc)
  return { positions: matches.map((m) => m.doc), scores: matches.map((m) => m.score) }
}
