import { describe, expect, it } from 'vitest'
import { buildTextIndex } from './build-text-index.ts'
import { frame } from './file-frame.ts'
import { dictionaryFile, positionFile, postingFile, shardOf } from './index-layout.ts'
import { plainScan } from './plain-scan.ts'
import { MAX_EXPANSIONS } from './scoring.ts'
import { serveFiles, serveIndex } from './test-corpus.ts'
import { termOf } from './tokens.ts'

const DOCS = [
  { title: 'Police use facial recognition', excerpt: 'The city police said facial recognition found 4200 faces.' },
  { title: 'Cafés of the city', excerpt: 'Running a café is hard; police rarely visit.' },
  { title: 'Recognizing faces', excerpt: 'A résumé of running research on facial recognition.' },
]

describe('search', () => {
  it('answers an unknown term with nothing, loading only its posting shard', async () => {
    const index = serveIndex(DOCS, 64)
    const result = await index.search.search('zzyzx')
    expect(Array.from(result.positions)).toEqual([])
    expect(index.loads).toEqual([postingFile(shardOf('zzyzx', index.meta.shardCount))])
  })

  it('matches nothing without terms, and nothing in an empty index', async () => {
    const index = serveIndex(DOCS)
    expect((await index.search.search(' "" !? ')).positions.length).toBe(0)
    expect(index.loads).toEqual([])
    const empty = serveIndex([])
    expect((await empty.search.search('police c', { typing: true })).positions.length).toBe(0)
  })

  it('ranks by score, then by position', async () => {
    const index = serveIndex(DOCS)
    const result = await index.search.search('police')
    expect(Array.from(result.positions)).toEqual([0, 1])
    expect(result.scores[0]).toBeCloseTo(Math.log(1 + 3 / 2) * 4, 12)
    expect(Array.from((await index.search.search('"facial recognition"')).positions)).toEqual([0, 2])
  })

  it('expands a prefix to at most MAX_EXPANSIONS terms, those in the most documents', async () => {
    // 100 words starting "zq"; document i holds word i alone, and filler documents make word i
    // occur in 100 - ⌈i / 2⌉ documents, so words 63 and 64 tie at the cut and the alphabet
    // decides ("zqlcx" before "zqmcx"). Documents holding only a word past the cut do not match.
    const words = Array.from({ length: 100 }, (_, i) => `zq${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`)
    const df = words.map((_, i) => 100 - Math.ceil(i / 2))
    const own = words.map((w) => ({ title: w, excerpt: '' }))
    const fillers = Array.from({ length: 100 }, (_, f) => ({ title: 'filler', excerpt: words.filter((_, i) => f < df[i] - 1).join(' ') }))
    const kept = new Set(words.map((_, i) => i).slice(0, MAX_EXPANSIONS))
    expect([df[63], df[64], termOf(words[63]), termOf(words[64])]).toEqual([68, 68, 'zqlcx', 'zqmcx'])
    const docs = [...own, ...fillers]
    for (const shardBytes of [16, 16384]) {
      const index = serveIndex(docs, shardBytes)
      for (const prefix of ['z', 'zq', 'zqa', 'zqab', 'filler z']) {
        const expected = plainScan(docs, prefix, true)
        const result = await index.search.search(prefix, { typing: true })
        expect(Array.from(result.positions)).toEqual(expected.positions)
        expect(Array.from(result.scores)).toEqual(expected.scores)
      }
      const matched = new Set((await index.search.search('z', { typing: true })).positions)
      expect(own.map((_, i) => matched.has(i))).toEqual(own.map((_, i) => kept.has(i)))
    }
  })
})

describe('prefixes beyond ASCII', () => {
  it('agrees with the plain scan for characters outside the BMP, Greek, accents and numbers', async () => {
    const docs = [
      { title: '𠀀𠀁 𠀀x 𠀀𠀁𠀂', excerpt: 'ΟΔΟΣ οδός 4200 42nd' },
      { title: 'Ὀδυσσεύς', excerpt: '𠀀𠀁𠀃 4201 café' },
      { title: 'cafeteria', excerpt: 'caféine 420' },
    ]
    for (const shardBytes of [1, 16384]) {
      const index = serveIndex(docs, shardBytes)
      for (const q of ['𠀀', '𠀀𠀁', '𠀀𠀁𠀂', 'οδ', 'ο', 'ὀδυσ', '42', '420', 'caf', 'café', '"οδος 4200"']) {
        const expected = plainScan(docs, q, true)
        const result = await index.search.search(q, { typing: true })
        expect({ q, positions: Array.from(result.positions), scores: Array.from(result.scores) }).toEqual({ q, ...expected })
        expect(expected.positions.length).toBeGreaterThan(0)
      }
    }
  })
})

describe('a damaged or missing file', () => {
  const built = buildTextIndex(DOCS, { shardBytes: 64 })
  const policeShard = postingFile(shardOf('polic', built.meta.shardCount))
  const cases: [string, string, (bytes: Uint8Array) => Uint8Array][] = [
    ['a flipped byte in a posting shard', policeShard, (b) => b.map((x, i) => (i === b.length - 1 ? x ^ 1 : x))],
    ['a truncated posting shard', policeShard, (b) => b.slice(0, b.length - 3)],
    ['a posting shard shorter than its header', policeShard, (b) => b.slice(0, 5)],
    ['a position shard cut short, with a checksum to match', positionFile(shardOf('facial', built.meta.shardCount)), (b) => frame('x', built.meta.buildId, b.slice(12, b.length - 2))],
    ['a dictionary shard with a flipped byte', dictionaryFile('ca'), (b) => b.map((x, i) => (i === 14 ? x ^ 64 : x))],
    ['a posting shard from another build', policeShard, (b) => frame('p', built.meta.buildId ^ 1, b.slice(12))],
  ]
  for (const [what, name, damage] of cases) {
    it(`rejects the search naming the file: ${what}`, async () => {
      const index = serveFiles(built.meta, built.files, (files) => files.set(name, damage(files.get(name) as Uint8Array)))
      const query = name.startsWith('x/') ? '"facial recognition"' : name.startsWith('d/') ? 'ca' : 'police'
      await expect(index.search.search(query, { typing: true })).rejects.toThrow(new RegExp(`file ${name.replace('/', '\\/')} `))
    })
  }

  it('rejects when a file cannot be loaded, and loads it again on the next search', async () => {
    const index = serveFiles(built.meta, built.files)
    const good = index.files.get(policeShard) as Uint8Array
    index.files.delete(policeShard)
    await expect(index.search.search('police')).rejects.toThrow(`Text index file ${policeShard} could not be loaded`)
    index.files.set(policeShard, good)
    expect(Array.from((await index.search.search('police')).positions)).toEqual([0, 1])
  })
})
