// The index against the plain scan: random small corpora, random queries, the same answers.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TextDoc } from './collect-terms.ts'
import { plainScan } from './plain-scan.ts'
import { parseQuery } from './query-parse.ts'
import { serveIndex } from './test-corpus.ts'
import { foldedTokens, termOf } from './tokens.ts'

// Tiny shard sizes make many posting shards, split dictionary shards and big terms (with files
// of their own): at 1 or 4 bytes every term is big, at 16 or 24 the common words are.
// Accents (composed and decomposed), plurals and -ing forms that share stems, a ligature,
// numbers, short words: so folding, stemming and prefixes all matter.
const WORDS = ['café', 'cafés', 'Cafe', 'CAFÉ', 'caffeine', 'running', 'runs', 'run', 'runner', 'police', 'policing', 'policies',
  'city', 'cities', 'face', 'faces', 'facial', 'recognition', 'recognizing', 'naïve', 'résumé', 'resume', 'über', 'the', 'of',
  'a', '4200', '42', 'ﬁle', 'files', 'jumped', 'jumping', 'e\u0301cole']
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '-', ' — ', '! ', ' (', ') ', "'", ' "']

interface Field {
  words: number[]
  seps: number[]
}

const field = (max: number) => fc.record({ words: fc.array(fc.nat(WORDS.length - 1), { maxLength: max }), seps: fc.array(fc.nat(SEPARATORS.length - 1), { minLength: max, maxLength: max }) })
const doc = fc.record({ title: field(6), excerpt: field(20) })
const text = (f: Field) => f.words.map((w, i) => (i > 0 ? SEPARATORS[f.seps[i]] : '') + WORDS[w]).join('')

// Words and phrases mostly taken from the corpus itself, so that queries often match.
const part = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('docWord' as const), field: fc.constantFrom(0, 1), start: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('word' as const), word: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('docPhrase' as const), field: fc.constantFrom(0, 1), start: fc.nat(), length: fc.constantFrom(2, 3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('phrase' as const), words: fc.array(fc.nat(), { minLength: 2, maxLength: 3 }) }) },
)
// Words from the corpus come from one document (`doc`), so that together they often match.
const query = fc.record({
  doc: fc.nat(),
  parts: fc.array(part, { minLength: 0, maxLength: 2 }),
  prefix: fc.option(fc.record({ fromDoc: fc.boolean(), word: fc.nat(), cut: fc.nat() })),
  typing: fc.boolean(),
  trailing: fc.constantFrom('', '', ' '),
  unclosed: fc.boolean(),
})
type Query = typeof query extends fc.Arbitrary<infer Q> ? Q : never

function queryText(q: Query, corpus: readonly { title: Field; excerpt: Field }[]): string {
  const fields = corpus.flatMap((d) => [d.title, d.excerpt]).filter((f) => f.words.length > 0)
  // The first field with words from the query's document on (its title or its excerpt).
  const fieldAt = (field: number) => (fields.length > 0 ? fields[(2 * q.doc + field) % fields.length] : null)
  const pieces = q.parts.map((p) => {
    if (p.kind === 'word') return WORDS[p.word % WORDS.length]
    if (p.kind === 'phrase') return `"${p.words.map((w) => WORDS[w % WORDS.length]).join(' ')}"`
    const f = fieldAt(p.field)
    if (!f) return WORDS[q.doc % WORDS.length]
    const start = p.start % f.words.length
    const words = f.words.slice(start, start + (p.kind === 'docWord' ? 1 : p.length)).map((w) => WORDS[w])
    return p.kind === 'docWord' ? words[0] : `"${words.join(' ')}"`
  })
  if (q.prefix) {
    const f = fieldAt(q.prefix.word % 2)
    const word = q.prefix.fromDoc && f ? WORDS[f.words[q.prefix.word % f.words.length]] : WORDS[q.prefix.word % WORDS.length]
    pieces.push(word.slice(0, 1 + (q.prefix.cut % word.length)))
  }
  let s = pieces.join(' ')
  if (q.unclosed && s.endsWith('"')) s = s.slice(0, -1)
  return s + q.trailing
}

/** Whether some document holds all the terms. */
function termsMeet(docs: readonly TextDoc[], terms: readonly string[]): boolean {
  return docs.some((d) => {
    const held = new Set(foldedTokens(`${d.title} ${d.excerpt}`).map(termOf))
    return terms.every((t) => held.has(t))
  })
}

describe('search agrees with a plain scan', () => {
  it('on random corpora and queries, loading no more than it must', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(doc, { minLength: 1, maxLength: 60 }), fc.array(query, { minLength: 1, maxLength: 4 }), fc.constantFrom(1, 4, 16, 24, 64, 16384), async (corpus, queries, shardBytes) => {
        const docs: TextDoc[] = corpus.map((d) => ({ title: text(d.title), excerpt: text(d.excerpt) }))
        const index = serveIndex(docs, shardBytes)
        for (const q of queries) {
          const s = queryText(q, corpus)
          const expected = plainScan(docs, s, q.typing)
          const before = index.loads.length
          const actual = await index.search.search(s, { typing: q.typing })
          expect({ q: s, positions: Array.from(actual.positions), scores: Array.from(actual.scores) }).toEqual({ q: s, ...expected })
          const { phrases, required } = parseQuery(s, q.typing)
          const positionFiles = index.loads.slice(before).filter((name) => name.startsWith('x/'))
          if (phrases.length === 0) expect(positionFiles).toEqual([])
          // A big term's positions wait for the postings: none when no document has all the terms.
          if (!termsMeet(docs, required)) expect(positionFiles.filter((name) => name.startsWith('x/big-'))).toEqual([])
          const loaded = index.loads.length
          await index.search.search(s, { typing: q.typing })
          expect(index.loads.length).toBe(loaded)
        }
      }),
      { numRuns: 400 },
    )
  }, 60_000)
})
