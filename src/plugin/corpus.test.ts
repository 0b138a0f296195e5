import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from './corpus.ts'
import { resolveContentOptions } from './options.ts'
import { formatReport } from './ingest/problems.ts'
import { dataFiles, pageData } from './output/write.ts'
import { buildSearchIndex } from './output/search-index.ts'
import { storyText, writeCorpus } from './test-fixtures.ts'
import { LISTED_TOPICS, type StoryColumns, type StoryTopics, type Manifest, type ProviderList, type Story, type TimelineData, type ExternalArticle } from '../content/types.ts'

const seedsDir = path.resolve(import.meta.dirname, '../../seeds')

async function load(dir: string, pageSize = 50, chunkSize = 5000) {
  const corpus = await createCorpusLoader(resolveContentOptions({ dir, pageSize, chunkSize }, {})).load()
  const story = (id: string) => JSON.parse(JSON.stringify(corpus.stories.get(id))) as Story
  return { ...corpus, story }
}

describe('the seed corpus', () => {
  it('yields the five stories without problems', async () => {
    const { manifest, problems, files } = await load(seedsDir)
    expect(problems).toEqual([])
    expect(manifest.storyCount).toBe(5)
    expect(manifest.dateRange).toEqual({ from: '2020-11-12T20:49:00.000Z', to: '2020-12-14T23:30:00.000Z' })
    expect(manifest.qualityRange).toEqual({ min: 55, max: 82 })
    const providers = JSON.parse(files.get('providers.json')!) as ProviderList
    expect(providers.map((p) => p.domain).sort()).toEqual(
      ['dailybreeze.com', 'gizmodo.com', 'govtech.com', 'nola.com', 'thelensnola.org'],
    )
  })

  it('links the govtech story to the Gizmodo story, and back', async () => {
    const { story } = await load(seedsDir)
    const govtech = story('2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier')
    const gizmodo = govtech.related.find((r) => r.provider.domain === 'gizmodo.com')
    expect(gizmodo?.storyId).toBe('2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party')
    expect(govtech.related.find((r) => r.provider.domain === 'nature.com')?.storyId).toBeUndefined()
    const target = story(gizmodo!.storyId!)
    expect(target.coveredBy.map((s) => s.id)).toContain(govtech.id)
  })

  it('merges duplicate related entries', async () => {
    const { story } = await load(seedsDir)
    const gizmodo = story('2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party')
    const urls = gizmodo.related.map((r) => r.webUrl)
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls.filter((u) => u.includes('article_9eda8846'))).toHaveLength(1)
  })

  it('lists the articles known only as related entries once each, with the stories citing them', async () => {
    const { files, later } = await load(seedsDir)
    const timeline = JSON.parse(files.get('timeline.json')!) as TimelineData
    const articles = Object.values(timeline.external.months).flatMap((m) => JSON.parse(later.get(m.file)!()) as ExternalArticle[])
    expect(articles).toHaveLength(timeline.external.count)
    const urls = articles.map((a) => a.webUrl)
    expect(new Set(urls).size).toBe(urls.length)
    expect(urls).not.toContain('https://gizmodo.com/the-lapd-just-banned-its-officers-from-using-third-part-1845702878')
    const governing = articles.find((a) => a.webUrl.includes('New-Orleans-Police-Dept-Admits'))
    expect(governing?.citedBy.sort()).toEqual([
      '2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier',
      '2020-11-18-lapd-bars-detectives-use-of-clearview-ai-facial-recognition',
      '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party',
    ])
  })

  it('ships no secured value', async () => {
    const corpus = await load(seedsDir)
    const files = dataFiles(corpus)
    expect(files.length).toBeGreaterThan(10)
    for (const [, json] of files) expect(json()).not.toMatch(/secured|TQsAZNUrrk4F/)
  })
})

describe('a corpus with bad files', () => {
  it('reports each bad file by name and keeps every good one', async () => {
    const dir = await writeCorpus({
      'good-lf.txt': storyText({ title: 'Good one', url: 'https://a.com/1', related: ['https://www.b.com/2/'] }),
      'nested/good-crlf.md': storyText({ title: 'Good two', url: 'https://b.com/2' }).replace(/\n/g, '\r\n'),
      'broken.txt': storyText().replace('quality: 59', 'quality: [59'),
      'empty.txt': '',
      'wrong-type.txt': storyText({ url: 'https://c.com/3', quality: '"high"' }),
      'notes.json': '{"not":"a story"}',
      '.DS_Store': new Uint8Array([0, 1, 2]),
    })
    const { manifest, problems, story } = await load(dir)
    expect(manifest.storyCount).toBe(2)
    expect(problems.map((p) => p.file).sort()).toEqual(['broken.txt', 'empty.txt', 'wrong-type.txt'])
    expect(problems.find((p) => p.file === 'broken.txt')?.line).toBeGreaterThan(1)
    const report = formatReport(problems, manifest.storyCount)
    expect(report).toMatch(/broken\.txt:\d+ \(file skipped\) invalid YAML/)
    expect(report).toMatch(/wrong-type\.txt \(file skipped\) quality:/)
    expect(story('2020-11-17-good-one').related[0].storyId).toBe('2020-11-17-good-two')
  })

  it('keeps one of two files with the same story URL and reports the other', async () => {
    const dir = await writeCorpus({
      'a.txt': storyText({ title: 'First', url: 'https://a.com/same' }),
      'b.txt': storyText({ title: 'Second', url: 'https://www.a.com/same/' }),
    })
    const { manifest, problems } = await load(dir)
    expect(manifest.storyCount).toBe(1)
    expect(problems).toEqual([expect.objectContaining({ file: 'b.txt', reason: expect.stringContaining('a.txt') })])
  })
})

describe('ids and layout', () => {
  it('gives the same ids whatever the file names', async () => {
    const texts = [storyText({ title: 'Alpha', url: 'https://a.com/1' }), storyText({ title: 'Alpha', url: 'https://b.com/1' })]
    const one = await load(await writeCorpus({ 'x.txt': texts[0], 'y.txt': texts[1] }))
    const two = await load(await writeCorpus({ '2.md': texts[1], '1.md': texts[0] }))
    const ids = (m: typeof one) => [...m.stories.keys()].sort()
    expect(ids(one)).toEqual(ids(two))
    expect(ids(one)).toEqual(['2020-11-17-alpha', expect.stringMatching(/^2020-11-17-alpha-[0-9a-f]{6}$/)])
  })

  it('lays the list out newest first: row pages with one line of excerpt, and columns in the same order', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `${i}.txt`,
        storyText({ title: `S${i}`, url: `https://a.com/${i}`, domain: i % 2 ? 'a.com' : 'b.com', date: `2020-11-1${i}T00:00:00Z` }),
      ]),
    )
    const corpus = await load(await writeCorpus(files), 3)
    const out = new Map(dataFiles(corpus))
    expect(corpus.manifest.pageSize).toBe(3)
    const pages = [0, 1, 2].map((n) => JSON.parse(out.get(`rows/${n}.json`)!()) as { title: string; excerpt?: string }[])
    expect(pages.map((p) => p.map((r) => r.title))).toEqual([['S7', 'S6', 'S5'], ['S4', 'S3', 'S2'], ['S1', 'S0']])
    expect(out.has('rows/3.json')).toBe(false)
    // One line of the excerpt, since it says more than the title.
    expect(pages[0][0].excerpt).toBe('An excerpt.')
    const columns = JSON.parse(out.get('columns.json')!()) as StoryColumns
    const providers = JSON.parse(out.get('providers.json')!()) as { domain: string }[]
    // Day 18583 is 2020-11-17; each next story is a day older.
    expect(columns.day).toEqual([18583, 1, 1, 1, 1, 1, 1, 1])
    expect(columns.outlet.map((o) => providers[o].domain)).toEqual(['a.com', 'b.com', 'a.com', 'b.com', 'a.com', 'b.com', 'a.com', 'b.com'])
    const timeline = JSON.parse(out.get('timeline.json')!()) as TimelineData
    expect(Object.values(timeline.days).reduce((a, b) => a + b)).toBe(8)
    expect((JSON.parse(out.get('manifest.json')!()) as Manifest).storyCount).toBe(8)
  })

  it('a build indexes for search as it loads, in the list’s order: the same files as indexing the list afterwards', async () => {
    const texts = [
      storyText({ title: 'Alpha facial recognition', url: 'https://a.com/1', date: '2020-11-17T10:00:00Z' }),
      storyText({ title: 'Beta police cameras', url: 'https://b.com/1', date: '2020-11-19T10:00:00Z' }),
      storyText({ title: 'Gamma recognition ban', url: 'https://c.com/1', date: '2020-11-18T10:00:00Z' }),
      storyText({ title: 'Delta same day', url: 'https://d.com/1', date: '2020-11-18T10:00:00Z' }),
    ]
    const dir = await writeCorpus(Object.fromEntries(texts.map((t, i) => [`${i}.txt`, t])))
    const build = await createCorpusLoader(resolveContentOptions({ dir }, {}), undefined, { keep: false }).load()
    expect(build.search).toBeDefined()
    expect(build.search).toEqual(buildSearchIndex(build.newestFirst))
    // vite dev indexes when first asked.
    expect((await load(dir)).search).toBeUndefined()
  })

  it('keeps every topic in topics.json, and lists the most common in the manifest', async () => {
    // 40 topics, each on one story, and AI on all: more than the filter lists.
    const files = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`${i}.txt`, storyText({ title: `S${i}`, url: `https://a.com/${i}`, date: `2020-11-17T${String(i % 24).padStart(2, '0')}:00:00Z` }).replace('  - AI', `  - AI\n  - T${i}`)]),
    )
    const out = new Map(dataFiles(await load(await writeCorpus(files))))
    const topics = JSON.parse(out.get('topics.json')!()) as StoryTopics
    const rows = JSON.parse(out.get('rows/0.json')!()) as { title: string }[]
    expect(topics.names).toHaveLength(41)
    expect(topics.names[0]).toBe('AI')
    rows.forEach((row, i) => expect(topics.stories[i].map((t) => topics.names[t]).sort()).toEqual(['AI', `T${row.title.slice(1)}`]))
    const manifest = JSON.parse(out.get('manifest.json')!()) as Manifest
    expect(manifest.topics).toHaveLength(LISTED_TOPICS)
    expect(manifest.topics[0]).toEqual({ name: 'AI', count: 40 })
  })

  it('updates one changed or removed file without listing the folder', async () => {
    const dir = await writeCorpus({ 'a.txt': storyText({ title: 'Before', url: 'https://a.com/1' }), 'b.txt': storyText({ title: 'Other', url: 'https://b.com/1' }) })
    const loader = createCorpusLoader(resolveContentOptions({ dir }, {}))
    const first = await loader.load()
    expect([...first.stories.keys()].sort()).toEqual(['2020-11-17-before', '2020-11-17-other'])
    await fs.writeFile(path.join(dir, 'a.txt'), storyText({ title: 'After', url: 'https://a.com/1' }))
    const second = await loader.update(path.join(dir, 'a.txt'), false)
    expect([...second.stories.keys()].sort()).toEqual(['2020-11-17-after', '2020-11-17-other'])
    await fs.rm(path.join(dir, 'b.txt'))
    const third = await loader.update(path.join(dir, 'b.txt'), true)
    expect([...third.stories.keys()]).toEqual(['2020-11-17-after'])
  })

  it('re-reads only what changed, and notices removed files', async () => {
    const dir = await writeCorpus({ 'a.txt': storyText({ title: 'Before', url: 'https://a.com/1' }), 'b.txt': storyText({ title: 'Other', url: 'https://b.com/1' }) })
    const loader = createCorpusLoader(resolveContentOptions({ dir }, {}))
    const first = await loader.load()
    await fs.writeFile(path.join(dir, 'a.txt'), storyText({ title: 'After', url: 'https://a.com/1' }))
    await fs.rm(path.join(dir, 'b.txt'))
    const second = await loader.load()
    expect(first.stories.has('2020-11-17-before')).toBe(true)
    expect(second.stories.has('2020-11-17-after')).toBe(true)
    expect(second.manifest.storyCount).toBe(1)
  })
})

describe('numbers a reader understands', () => {
  it('drops heat where it equals quality on every story, and keeps it where it says more', async () => {
    const same = await load(await writeCorpus({ 'a.md': storyText({ title: 'A', quality: 50, heat: 50 }), 'b.md': storyText({ title: 'B', url: 'https://example.com/b', quality: 70, heat: 70 }) }))
    expect(same.manifest.heatShown).toBe(false)
    expect([...same.stories.values()].map((s) => s.heat)).toEqual([null, null])
    expect(JSON.parse(same.files.get('columns.json')!).heat).toEqual([-1, -1])
    const differs = await load(await writeCorpus({ 'a.md': storyText({ title: 'A', quality: 50, heat: 90 }) }))
    expect(differs.manifest.heatShown).toBe(true)
  })

  it('gives each story page its standing and the corpus’s steps, so the page needs nothing else', async () => {
    const corpus = await load(seedsDir)
    expect(corpus.manifest.qualitySteps).toEqual([82, 74, 74])
    const pages = pageData(corpus)
    const govtech = pages.get('story/2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier')!() as Story
    expect(govtech.standing).toBe('Lower half')
    expect(govtech.qualitySteps).toEqual([82, 74, 74])
  })
})
