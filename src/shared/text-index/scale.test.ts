// The index's size at scale, not its speed: 20,000 synthetic stories (a fifth of the target)
// must stay within a fifth of the file budget, and a broad word's first search small, as must a
// rare word's, though three stopwords are in 90% of the stories.
import { describe, expect, it } from 'vitest'
import { DEFAULT_SHARD_BYTES, buildTextIndex } from './build-text-index.ts'
import type { TextDoc } from './collect-terms.ts'
import { serveFiles } from './test-corpus.ts'
import { foldedTokens, termOf } from './tokens.ts'

const DOCS = 20_000

/** mulberry32: a tiny seeded generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Words of two to four syllables, drawn with Zipf-like frequencies (word r about 1 / (r + 1)). */
function syntheticCorpus(count: number, seed = 42, vocabularySize = 4000): TextDoc[] {
  const next = random(seed)
  const pick = (s: string) => s[Math.floor(next() * s.length)]
  const vocabulary = new Set<string>()
  while (vocabulary.size < vocabularySize) {
    const syllables = 2 + Math.floor(next() * 3)
    let word = ''
    for (let i = 0; i < syllables; i++) word += pick('bcdfghklmnprstvz') + pick('aeiou')
    vocabulary.add(word)
  }
  const words = [...vocabulary]
  const cumulative: number[] = []
  let sum = 0
  for (let r = 0; r < words.length; r++) cumulative.push((sum += 1 / (r + 1)))
  const word = () => {
    const target = next() * sum
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if (cumulative[mid] < target) low = mid + 1
      else high = mid
    }
    return words[low]
  }
  const text = (length: number) => Array.from({ length }, word).join(' ')
  return Array.from({ length: count }, () => ({ title: text(6 + Math.floor(next() * 7)), excerpt: text(40 + Math.floor(next() * 80)) }))
}

/** Each of "the", "of" and "and" put into 90% of the excerpts, at a random place. */
function withStopwords(docs: readonly TextDoc[], seed = 7): TextDoc[] {
  const next = random(seed)
  return docs.map((d) => {
    const words = d.excerpt.split(' ')
    for (const stopword of ['the', 'of', 'and']) if (next() < 0.9) words.splice(Math.floor(next() * (words.length + 1)), 0, stopword)
    return { title: d.title, excerpt: words.join(' ') }
  })
}

describe('at scale', () => {
  it('keeps the file count and a broad or rare word’s first search within budget', async () => {
    const docs = withStopwords(syntheticCorpus(DOCS))
    const built = buildTextIndex(docs)
    expect(built.files.length).toBeLessThan(5000 * (DOCS / 100_000) + 50)
    expect(built.files.reduce((total, f) => total + f.bytes.length, 0)).toBeLessThan(300 * DOCS)
    expect(JSON.stringify(built.meta).length).toBeLessThan(4096)
    // The stopwords, and the corpus's most common words, have files of their own.
    expect(built.meta.bigTerms).toEqual(expect.arrayContaining(['and', 'of', 'the']))
    expect(built.meta.bigTerms.length).toBeLessThan(20)
    for (const f of built.files) if (/^p\/\d+\.bin$/.test(f.name)) expect(f.bytes.length).toBeLessThanOrEqual(2 * DEFAULT_SHARD_BYTES)

    // The word whose term is in closest to 10% of the stories.
    const df = new Map<string, number>()
    const wordOf = new Map<string, string>()
    for (const d of docs) {
      for (const token of new Set(foldedTokens(`${d.title} ${d.excerpt}`))) wordOf.set(termOf(token), token)
      for (const term of new Set(foldedTokens(`${d.title} ${d.excerpt}`).map(termOf))) df.set(term, (df.get(term) ?? 0) + 1)
    }
    const [broad] = [...df].sort((a, b) => Math.abs(a[1] - DOCS / 10) - Math.abs(b[1] - DOCS / 10))[0]

    // Each query on a fresh index, so that it counts every file it needs.
    const firstSearch = async (q: string) => {
      const index = serveFiles(built.meta, built.files)
      const result = await index.search.search(q)
      return { results: result.positions.length, bytes: index.loads.reduce((total, name) => total + (index.files.get(name) as Uint8Array).length, 0) }
    }
    const broadSearch = await firstSearch(wordOf.get(broad) as string)
    expect(broadSearch.results).toBe(df.get(broad))
    expect(broadSearch.bytes).toBeLessThan(40 * 1024)
    // The 500 rarest words (in 31 to 56 stories: the corpus has none rarer), over most shards.
    const rare = [...df].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 500).map(([term]) => term)
    for (const term of rare) {
      const { results, bytes } = await firstSearch(wordOf.get(term) as string)
      expect({ term, results, under40KB: bytes < 40 * 1024 }).toEqual({ term, results: df.get(term), under40KB: true })
    }
  }, 120_000)
})
