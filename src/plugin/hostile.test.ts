import fc from 'fast-check'
import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from './corpus.ts'
import { LIMITS, normalizeStory } from './ingest/normalize.ts'
import { resolveContentOptions } from './options.ts'
import { formatReport } from './ingest/problems.ts'
import { MAX_FILE_BYTES, parseStory } from './ingest/read.ts'
import { storyText, writeCorpus } from './test-fixtures.ts'
import { dataFiles } from './output/write.ts'

const good = (n: number, extra: Parameters<typeof storyText>[0] = {}) =>
  storyText({ title: `Good story ${n}`, url: `https://good.example/${n}`, ...extra })

/** A billion laughs: nine levels of nine aliases. */
const aliasBomb = [
  '---',
  'title: "Bomb"',
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((l, i) => `${l}: &${l} [${Array(9).fill('*' + 'abcdefghi'[i]).join(',')}]`),
  'related: *i',
  '---',
].join('\n')

const hostileFiles: Record<string, string | Uint8Array> = {
  'good-1.txt': good(1),
  'good-2.md': good(2).replace(/\n/g, '\r\n'),
  'good-3.txt': '\uFEFF' + good(3),
  'broken-yaml.txt': good(10).replace('quality: 59', 'quality: [59'),
  'no-front-matter.txt': 'Just some text.\n',
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0xff, 0x13, 0x37]),
  'latin1.txt': new Uint8Array([...new TextEncoder().encode('---\ntitle: caf'), 0xe9, ...new TextEncoder().encode('\n---\n')]),
  'quality-high.txt': good(11, { quality: '"high"' }),
  'related-string.txt': good(12).replace('topics:', 'related: "not a list"\ntopics:'),
  'provider-missing.txt': good(13).replace(/^provider:\n.*\n.*$/m, ''),
  'date-not-date.txt': good(14, { date: '"the day after tomorrow"' }),
  'title-missing.txt': good(15).replace(/^title:.*$/m, ''),
  'alias-bomb.txt': aliasBomb,
  'zz-duplicate-url.txt': good(16, { url: 'https://www.good.example/1/' }),
  'notes.json': '{"title": "not a story"}',
  '.DS_Store': new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]),
}

describe('a hostile corpus', () => {
  it('builds every good file and names every bad one with its reason', async () => {
    const huge = good(4).replace('excerpt: "An excerpt."', `excerpt: "${'x'.repeat(1024 * 1024)}"`).replace(
      'topics:',
      'related:\n' + Array.from({ length: 10_000 }, (_, i) => `  - title: "R${i}"\n    webUrl: "https://r.example/${i}"\n`).join('') + 'topics:',
    )
    const dir = await writeCorpus({ ...hostileFiles, 'huge.txt': huge })
    // Bounded work: the alias bomb is refused, not expanded, so this returns at all.
    const corpus = await createCorpusLoader(resolveContentOptions({ dir }, {})).load()

    expect([...corpus.stories.values()].map((s) => s.title).sort()).toEqual(['Good story 1', 'Good story 2', 'Good story 3', 'Good story 4'])
    const skipped = Object.fromEntries(corpus.problems.filter((p) => p.kind === 'skipped').map((p) => [p.file, p.reason]))
    expect(Object.keys(skipped).sort()).toEqual([
      'alias-bomb.txt', 'binary.txt', 'broken-yaml.txt', 'date-not-date.txt', 'empty.txt', 'latin1.txt',
      'no-front-matter.txt', 'provider-missing.txt', 'quality-high.txt', 'related-string.txt', 'title-missing.txt', 'zz-duplicate-url.txt',
    ])
    expect(skipped['alias-bomb.txt']).toMatch(/alias/)
    // Of two files with one URL, the first by path is kept and the other named.
    expect(skipped['zz-duplicate-url.txt']).toMatch(/same story URL as good-1\.txt/)
    expect(skipped['date-not-date.txt']).toMatch(/not a date/)

    const hugeStory = [...corpus.stories.values()].find((s) => s.title === 'Good story 4')!
    expect(hugeStory.excerpt.length).toBe(LIMITS.excerpt)
    expect(hugeStory.related).toHaveLength(LIMITS.related)
    expect(corpus.problems.filter((p) => p.file === 'huge.txt').map((p) => p.field)).toEqual(['excerpt', 'related'])

    const report = formatReport(corpus.problems, corpus.stories.size)
    for (const file of Object.keys(skipped)) expect(report).toContain(file)
    expect(report).not.toMatch(/notes\.json|DS_Store/)
  })

  it('gives stories whose ids would collide distinct, stable ids', async () => {
    const dir = await writeCorpus({ 'a.txt': good(1, { title: 'Same' }), 'b.txt': good(2, { title: 'Same' }) })
    const ids = [...(await createCorpusLoader(resolveContentOptions({ dir }, {})).load()).stories.keys()].sort()
    expect(ids).toEqual(['2020-11-17-same', expect.stringMatching(/^2020-11-17-same-[0-9a-f]{6}$/)])
  })

  it('refuses a file over the size limit unread', async () => {
    const dir = await writeCorpus({ 'big.txt': good(1).replace('An excerpt.', 'y'.repeat(MAX_FILE_BYTES)), 'ok.txt': good(2) })
    const corpus = await createCorpusLoader(resolveContentOptions({ dir }, {})).load()
    expect(corpus.stories.size).toBe(1)
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'big.txt', reason: expect.stringMatching(/file too large/) })])
  })

  it('ships no unsafe URL and no markup-bearing field as anything but a string', async () => {
    const text = good(5)
      .replace('webUrl: "https://good.example/5"', 'webUrl: "https://good.example/5"\nampWebUrl: " JaVaScRiPt:alert(1)"\nfeaturedContent: "<script>alert(1)</script><iframe src=https://evil.example/x></iframe>"')
      .replace('  domain: example.com', '  domain: example.com\n  images:\n    - url: "data:image/svg+xml,<svg onload=alert(1)>"\n      width: 50\n      height: 50')
      .replace('topics:', 'images:\n  - url: "vbscript:msgbox(1)"\n    width: 1\n    height: 1\ntopics:')
    const corpus = await createCorpusLoader(resolveContentOptions({ dir: await writeCorpus({ 's.txt': text }) }, {})).load()
    const shipped = dataFiles(corpus).map(([, json]) => json()).join('\n').toLowerCase()
    for (const scheme of ['javascript:', 'data:', 'vbscript:', '<script', '<iframe']) expect(shipped).not.toContain(scheme)
    expect(corpus.problems.map((p) => p.field).sort()).toEqual(['ampWebUrl', 'images.0.url', 'provider.images.0.url'])
  })
})

describe('parsing random front matter', () => {
  const yamlValue = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('javascript:alert(1)', '2020-11-17T22:37:00Z', '-1', '*alias', '&anchor x', '[', '{', '"', '|', '>', '\t', '\r\n', '\u0000'),
  )
  const field = fc.constantFrom('title', 'excerpt', 'publishedDateTime', 'webUrl', 'originalUrl', 'quality', 'heat', 'published', 'provider', 'related', 'images', 'topics', 'featuredContent', 'type')

  it('never throws past the file boundary', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, fc.oneof(yamlValue, fc.array(yamlValue, { maxLength: 3 }))), { maxLength: 12 }), fc.boolean(), (entries, crlf) => {
        const lines = entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        const text = ['---', ...lines, '---', ''].join(crlf ? '\r\n' : '\n')
        const parsed = parseStory('random.txt', new TextEncoder().encode(text))
        if (parsed.ok) {
          const { story, problems } = normalizeStory('random.txt', parsed.data)
          expect(story !== null || problems.length > 0).toBe(true)
          expect(problems.every((p) => p.file === 'random.txt' && p.reason.length > 0)).toBe(true)
        } else {
          expect(parsed.problem.file).toBe('random.txt')
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('never throws on structured random data either', () => {
    fc.assert(
      fc.property(fc.dictionary(field, fc.anything({ maxDepth: 3 })), (data) => {
        const { problems } = normalizeStory('random.txt', data)
        expect(Array.isArray(problems)).toBe(true)
      }),
      { numRuns: 1000 },
    )
  })

  it('keeps gray-matter options-only parsing (no global cache growth)', () => {
    const before = Object.keys((matter as unknown as { cache: object }).cache).length
    parseStory('x.txt', new TextEncoder().encode(good(1)))
    expect(Object.keys((matter as unknown as { cache: object }).cache).length).toBe(before)
  })
})

describe('a date that cannot be turned into text', () => {
  it('is reported, not thrown (fast-check found { toString: {} })', () => {
    const { story, problems } = normalizeStory('odd.txt', { title: 'T', publishedDateTime: { toString: {} }, quality: 50, provider: { name: 'A', domain: 'a.com' }, webUrl: 'https://a.com/x' })
    expect(story).toBeNull()
    expect(problems[0]).toMatchObject({ file: 'odd.txt', field: 'publishedDateTime' })
    expect(problems[0].reason).toContain('not a date: a value of type object')
  })
})
