import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { urlKey } from '../lib/urls.ts'
import { clusterArticles, type ClusterItem } from './cluster.ts'
import { clusterOffThread } from './cluster-off-thread.ts'
import { createCorpusLoader, type Corpus } from './corpus.ts'
import { csvRecord, eventsCsv } from './csv.ts'
import { SEED_EVENTS } from './fixtures/seed-events.ts'
import { summaryLine } from './index.ts'
import { resolveContentOptions } from './options.ts'
import { storyText, writeCorpus } from './test-fixtures.ts'
import type { EventRow } from '../content/types.ts'

const seedsDir = path.resolve(import.meta.dirname, '../../seeds')
const load = (dir: string) => createCorpusLoader(resolveContentOptions({ dir }, {})).load()

/** Event id by article URL key. */
function eventByKey(corpus: Corpus): Map<string, string> {
  const out = new Map<string, string>()
  for (const g of corpus.grouping.groups) for (const a of g.articles) out.set(a.key, g.id)
  return out
}

/** Pairwise precision and recall of a grouping against labels, both by URL key. */
function pairwise(predicted: Map<string, string>, truth: Map<string, string>) {
  const keys = [...truth.keys()]
  let both = 0
  let predictedPairs = 0
  let truePairs = 0
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const p = predicted.get(keys[i]) === predicted.get(keys[j])
      const t = truth.get(keys[i]) === truth.get(keys[j])
      if (p) predictedPairs++
      if (t) truePairs++
      if (p && t) both++
    }
  }
  return { precision: both / predictedPairs, recall: both / truePairs }
}

describe('events over the seeds', () => {
  it('match the hand-labelled events (pairwise precision and recall)', async () => {
    const corpus = await load(seedsDir)
    const truth = new Map(Object.entries(SEED_EVENTS).flatMap(([label, urls]) => urls.map((u) => [urlKey(u)!, label] as const)))
    const predicted = eventByKey(corpus)
    expect([...predicted.keys()].sort()).toEqual([...truth.keys()].sort())
    const { precision, recall } = pairwise(predicted, truth)
    console.log(`seed events: pairwise precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`)
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.95)
    expect(corpus.manifest).toMatchObject({ storyCount: 5, articleCount: 23, eventCount: 5, largestEvent: 12 })
  })

  it('name each event after its best-quality story, dated by its first article', async () => {
    const corpus = await load(seedsDir)
    expect([...corpus.events.keys()].sort()).toEqual([
      '2020-11-12-new-orleans-pd-using-facial-recognition-despite-earlier',
      '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party',
      '2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails',
    ])
    const lapd = corpus.events.get('2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party')!
    expect(lapd).toMatchObject({ articleCount: 12, outletCount: 12, leadStoryId: '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party' })
    expect(lapd.articles[0].provider.domain).toBe('gizmodo.com')
    expect(lapd.first).toBe('2020-11-18T02:41:00.000Z')
    expect(lapd.last).toBe('2020-11-20T00:06:00.000Z')
    // The grouped list's row carries its stories' topics, for the topic filter.
    const row = (JSON.parse(corpus.files.get('events/0.json')!) as EventRow[]).find((r) => r.id === lapd.id)!
    expect(row.topics).toEqual(['Computer Vision', 'AI'])
    // The Government Technology story lists a dozen LAPD articles but is about New Orleans.
    const govtech = corpus.stories.get('2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier')!
    expect(govtech.event).toEqual({ id: '2020-11-12-new-orleans-pd-using-facial-recognition-despite-earlier', headline: govtech.title, articleCount: 5, outletCount: 5 })
  })

  it('give the summary line in the documented form', async () => {
    expect(summaryLine(await load(seedsDir))).toBe('reader:content 5 stories, 23 articles in 5 events (largest 12), 0 problem(s)')
  })

  it('are the same whatever the files are called and in whatever order they are read', async () => {
    const names = (await fs.readdir(seedsDir)).sort()
    const renamed: Record<string, string> = {}
    names.forEach((name, i) => (renamed[`${String(names.length - i).padStart(2, '0')}-${name.replace('.txt', '.md')}`] = ''))
    const files = Object.fromEntries(
      await Promise.all(Object.keys(renamed).map(async (n, i) => [n, await fs.readFile(path.join(seedsDir, names[i]), 'utf8')] as const)),
    )
    const [a, b] = [await load(seedsDir), await load(await writeCorpus(files))]
    expect(eventByKey(b)).toEqual(eventByKey(a))
    expect([...b.events.values()]).toEqual([...a.events.values()])
  })

  it('keep their ids when an unrelated story is added', async () => {
    const files = Object.fromEntries(await Promise.all((await fs.readdir(seedsDir)).map(async (n) => [n, await fs.readFile(path.join(seedsDir, n), 'utf8')] as const)))
    const bikes = storyText({ title: 'City council approves protected bike lanes downtown', date: '2020-11-17T15:00:00Z', url: 'https://city.example/bike-lanes', domain: 'city.example' })
    const [before, after] = [await load(seedsDir), await load(await writeCorpus({ ...files, 'zz-bikes.txt': bikes }))]
    const was = eventByKey(before)
    const now = eventByKey(after)
    for (const [key, id] of was) expect(now.get(key)).toBe(id)
    expect(after.manifest.eventCount).toBe(before.manifest.eventCount + 1)
  })

  it('write every article once to events.csv', async () => {
    const corpus = await load(seedsDir)
    const lines = [...eventsCsv(corpus.grouping)]
    expect(lines[0]).toBe('event_id,event_headline,article_url,article_title,outlet,published\r\n')
    expect(lines).toHaveLength(1 + 23)
    const urls = lines.slice(1).map((l) => /^[^,]+,(?:"(?:[^"]|"")*"|[^,]*),([^,]+),/.exec(l)![1])
    expect(new Set(urls).size).toBe(23)
    expect(lines).toContain(
      '2020-11-12-new-orleans-pd-using-facial-recognition-despite-earlier,New Orleans PD Using Facial Recognition Despite Earlier Denials,https://www.nola.com/news/crime_police/article_9eda8846-25e1-11eb-9c95-4f11b10ed17a.html,"New Orleans police use facial recognition software, despite official assurances to the contrary",nola.com,2020-11-13T19:30:00.000Z\r\n',
    )
  })
})

describe('csvRecord', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvRecord(['plain', 'a, b', 'say "hi"', 'two\nlines', ''])).toBe('plain,"a, b","say ""hi""","two\nlines",\r\n')
  })
})

describe('clusterArticles', () => {
  const DAY = 86_400_000
  const at = (day: number) => Date.UTC(2020, 0, 1) + day * DAY
  const item = (title: string, day: number, links: number[] = []): ClusterItem => ({ title, excerpt: '', time: at(day), links })
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => item(`Facial recognition police story number ${i} about ${['budgets', 'schools', 'airports', 'stadiums', 'courts'][i % 5]} item${i}`, i * 9))

  it('keeps two events apart that share their words but not their time', () => {
    const items = [
      item('Portland council bans facial recognition in city shops', 100),
      item('Portland bans facial recognition technology in shops and city offices', 100.5),
      item('Portland city council votes to ban facial recognition in shops', 101),
      item('Portland council bans facial recognition in city shops', 240),
      item('Portland bans facial recognition technology in shops and city offices', 240.5),
      item('Portland city council votes to ban facial recognition in shops', 241),
      ...filler(40),
    ]
    const labels = clusterArticles(items)
    expect(labels[0]).toBe(labels[1])
    expect(labels[1]).toBe(labels[2])
    expect(labels[3]).toBe(labels[4])
    expect(labels[4]).toBe(labels[5])
    expect(labels[0]).not.toBe(labels[3])
  })

  it('does not merge unrelated articles because a related entry links them', () => {
    const items = [item('Detroit police wrongful arrest lawsuit filed', 10, [1]), item('Boston school board buys new buses', 10.2, [0]), ...filler(40)]
    const labels = clusterArticles(items)
    expect(labels[0]).not.toBe(labels[1])
  })

  it('puts an undated article with the article it is linked with', () => {
    const items = [item('Detroit police wrongful arrest lawsuit filed', 10, [1]), { title: 'Something else', excerpt: '', time: null, links: [0] }]
    const labels = clusterArticles(items)
    expect(labels[1]).toBe(labels[0])
  })

  it('gives the same events whatever the order of equal-time items', () => {
    const items = [...filler(30), item('Portland bans facial recognition', 50), item('Portland bans facial recognition in shops', 50)]
    const a = clusterArticles(items)
    expect(a[30]).toBe(a[31])
    const reversed = clusterArticles([...items].reverse())
    const groupsOf = (labels: Int32Array, list: ClusterItem[]) =>
      new Set([...new Set(labels)].map((l) => list.filter((_, i) => labels[i] === l).map((x) => x.title).sort().join('|')))
    expect(groupsOf(reversed, [...items].reverse())).toEqual(groupsOf(a, items))
  })
})

describe('clusterOffThread', () => {
  it('gives what clusterArticles gives, in a worker or not', async () => {
    const items: ClusterItem[] = Array.from({ length: 60 }, (_, i) => ({
      title: `Council ${['bans', 'debates', 'funds'][i % 3]} cameras in ${['Portland', 'Boston', 'Austin', 'Denver'][i % 4]} ward ${i % 7}`,
      excerpt: '',
      time: Date.UTC(2020, 0, 1) + (i % 10) * 86_400_000,
      links: i > 0 && i % 5 === 0 ? [i - 1] : [],
    }))
    expect([...(await clusterOffThread(items, {}, 0))]).toEqual([...clusterArticles(items)])
  })
})
