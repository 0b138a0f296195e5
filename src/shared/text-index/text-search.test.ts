import { describe, expect, it } from 'vitest'
import { buildTextIndex } from './build-text-index.ts'
import { frame } from './file-frame.ts'
import { FORMAT_VERSION, bigPositionFile, bigPostingFile, dictionaryFile, positionFile, postingFile, shardOf, type TextIndexMeta } from './index-layout.ts'
import { plainScan } from './plain-scan.ts'
import { MAX_EXPANSIONS } from './scoring.ts'
import { serveFiles, serveIndex } from './test-corpus.ts'
import { createTextSearch } from './text-search.ts'
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

describe('big terms', () => {
  // 400 documents: "every" in all, "half" in the even ones, and made-up words ("qabx", "qbbx"…)
  // three to a document, each in six; "oddity" in one odd document, after "every" in its title.
  // At 64 shard bytes the lists of "every" and "half" (hundreds of bytes) are big, as are a few
  // made-up words, taken out of shards that would pass 2 × 64 bytes.
  const SHARD_BYTES = 64
  const word = (i: number) => `q${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`
  const VOCABULARY = Array.from({ length: 200 }, (_, i) => word(i))
  const docs = Array.from({ length: 400 }, (_, i) => ({
    title: i === 201 ? 'every oddity' : `every ${word(i % 200)}`,
    excerpt: `${word((i * 7 + 3) % 200)} ${word((i * 13 + 5) % 200)}${i % 2 === 0 ? ' half' : ''}`,
  }))
  const built = buildTextIndex(docs, { shardBytes: SHARD_BYTES })
  const own = (term: string) => built.meta.bigTerms.indexOf(termOf(term))
  const small = VOCABULARY.filter((w) => own(w) === -1)
  const bytesOf = (index: { files: Map<string, Uint8Array> }, names: readonly string[]) => names.map((name) => (index.files.get(name) as Uint8Array).length)

  /** A loader that holds every file until `round()`, which delivers the ones asked for so far and names them. */
  function gatedSearch() {
    const files = new Map(built.files.map((f) => [f.name, f.bytes]))
    let waiting: { name: string; deliver: () => void }[] = []
    const search = createTextSearch(built.meta, (name) => new Promise((resolve) => waiting.push({ name, deliver: () => resolve(files.get(name) as Uint8Array) })))
    const round = async () => {
      await new Promise((resolve) => setTimeout(resolve, 0))
      const batch = waiting
      waiting = []
      for (const w of batch) w.deliver()
      return batch.map((w) => w.name).sort()
    }
    return { search, round }
  }

  it('are listed in meta: the words in many documents, not the rare ones', () => {
    expect(own('every')).toBeGreaterThanOrEqual(0)
    expect(own('half')).toBeGreaterThanOrEqual(0)
    expect(small.length).toBeGreaterThan(180)
    expect(own('oddity')).toBe(-1)
    expect([...built.meta.bigTerms].sort()).toEqual(built.meta.bigTerms)
  })

  it('leave the hashed shards: a rare word’s search loads one file, of at most 2 × shardBytes', async () => {
    for (const w of [...VOCABULARY, 'oddity']) {
      const index = serveFiles(built.meta, built.files)
      const result = await index.search.search(w)
      expect({ positions: Array.from(result.positions), scores: Array.from(result.scores) }).toEqual(plainScan(docs, w, false))
      expect(index.loads).toEqual([own(w) === -1 ? postingFile(shardOf(termOf(w), built.meta.shardCount)) : bigPostingFile(own(w))])
      expect(bytesOf(index, index.loads)[0]).toBeLessThanOrEqual(2 * SHARD_BYTES)
    }
    // Where "every" and "half" were a shard's, with hundreds of bytes, before they had files of their own.
    expect(bytesOf(serveFiles(built.meta, built.files), [bigPostingFile(own('every')), bigPostingFile(own('half'))]).every((b) => b > 2 * SHARD_BYTES)).toBe(true)
  })

  it('are read from their own file', async () => {
    for (const w of ['every', 'half']) {
      const index = serveFiles(built.meta, built.files)
      const result = await index.search.search(w)
      expect({ positions: Array.from(result.positions), scores: Array.from(result.scores) }).toEqual(plainScan(docs, w, false))
      expect(index.loads).toEqual([bigPostingFile(own(w))])
    }
    const index = serveFiles(built.meta, built.files)
    const typed = await index.search.search('every qa', { typing: true })
    expect(Array.from(typed.positions)).toEqual(plainScan(docs, 'every qa', true).positions)
    expect(index.loads).toContain(bigPostingFile(own('every')))
  })

  it('fetch positions in the first round for a phrase of small terms', async () => {
    const { search, round } = gatedSearch()
    const [a, b] = [termOf(small[3]), termOf(small[5])]
    const q = `"${small[3]} ${small[5]}"`
    const result = search.search(q)
    const shard = (t: string) => shardOf(t, built.meta.shardCount)
    expect(await round()).toEqual([...new Set([postingFile(shard(a)), postingFile(shard(b)), positionFile(shard(a)), positionFile(shard(b))])].sort())
    expect(await round()).toEqual([])
    expect(Array.from((await result).positions)).toEqual(plainScan(docs, q, false).positions)
  })

  it('fetch a phrase’s positions only once the postings leave a document to check', async () => {
    const { search, round } = gatedSearch()
    const q = '"every oddity"'
    const result = search.search(q)
    expect(await round()).toEqual([bigPostingFile(own('every')), postingFile(shardOf('odditi', built.meta.shardCount))].sort())
    expect(await round()).toEqual([bigPositionFile(own('every')), positionFile(shardOf('odditi', built.meta.shardCount))].sort())
    expect(await round()).toEqual([])
    expect(Array.from((await result).positions)).toEqual([201])

    // No document has both "half" and "oddity", or "every" and "oddity" in one field: no positions.
    for (const none of ['"half oddity"', '"oddity every"', `"oddity ${small[0]} every"`]) {
      const gated = gatedSearch()
      const pending = gated.search.search(none)
      const fetched = [...(await gated.round()), ...(await gated.round())]
      expect(fetched.filter((name) => name.startsWith('x/'))).toEqual(none === '"oddity every"' ? [bigPositionFile(own('every')), positionFile(shardOf('odditi', built.meta.shardCount))].sort() : [])
      expect(Array.from((await pending).positions)).toEqual(plainScan(docs, none, false).positions)
    }
  })

  it('are refused from a hashed shard, or in another big term’s file', async () => {
    const big = (w: string) => bigPostingFile(own(w))
    const swapped = serveFiles(built.meta, built.files, (files) => {
      const every = files.get(big('every')) as Uint8Array
      files.set(big('every'), files.get(big('half')) as Uint8Array)
      files.set(big('half'), every)
    })
    await expect(swapped.search.search('every')).rejects.toThrow(new RegExp(`file ${big('every').replace('/', '\\/')} .*does not belong`))
    const shard = postingFile(shardOf(termOf(small[0]), built.meta.shardCount))
    const misplaced = serveFiles(built.meta, built.files, (files) => files.set(shard, files.get(big('every')) as Uint8Array))
    await expect(misplaced.search.search(small[0])).rejects.toThrow(new RegExp(`file ${shard.replace('/', '\\/')} .*does not belong`))
    const crowded = serveFiles(built.meta, built.files, (files) => files.set(big('every'), files.get(shard) as Uint8Array))
    await expect(crowded.search.search('every')).rejects.toThrow(new RegExp(`file ${big('every').replace('/', '\\/')} `))
  })

  it('need a meta of this format that lists them', () => {
    const load = () => Promise.reject(new Error('not needed'))
    expect(() => createTextSearch({ ...built.meta, version: FORMAT_VERSION - 1 }, load)).toThrow(`Text index format ${FORMAT_VERSION - 1}`)
    const old: Partial<TextIndexMeta> = { ...built.meta }
    delete old.bigTerms
    expect(() => createTextSearch(old as TextIndexMeta, load)).toThrow('no list of big terms')
  })
})
