import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { urlKey } from '../../shared/urls.ts'
import { createCorpusLoader, type Corpus } from '../corpus.ts'
import { SEED_EVENTS } from './fixtures/seed-events.ts'
import { summaryLine } from '../index.ts'
import { resolveContentOptions } from '../options.ts'
import { storyText, writeCorpus } from '../test-fixtures.ts'
import type { EventRow } from '../../content/types.ts'

const seedsDir = path.resolve(import.meta.dirname, '../../../seeds')
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
    // Every pair right; the NOPD admission (12–17 Nov) comes out as two events, 12–13 and 16–17 Nov,
    // and Threatpost's "LAPD Bans Facial Recognition, Citing Privacy Concerns" stands alone.
    expect(precision).toBe(1)
    expect(recall).toBeGreaterThanOrEqual(0.75)
    expect(corpus.manifest).toMatchObject({ storyCount: 5, articleCount: 23, eventCount: 7, largestEvent: 11 })
  })

  it('name each event after its best-quality story, dated by its first article', async () => {
    const corpus = await load(seedsDir)
    expect([...corpus.events.keys()].sort()).toEqual([
      '2020-11-12-new-orleans-police-department-using-facial-recognition',
      '2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier',
      '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party',
      '2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails',
    ])
    const lapd = corpus.events.get('2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party')!
    expect(lapd).toMatchObject({ articleCount: 11, outletCount: 11, leadStoryId: '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party' })
    expect(lapd.articles[0].provider.domain).toBe('gizmodo.com')
    expect(lapd.first).toBe('2020-11-18T02:41:00.000Z')
    expect(lapd.last).toBe('2020-11-20T00:06:00.000Z')
    // The grouped list's row carries its stories' topics, for the topic filter.
    const row = (JSON.parse(corpus.later.get('events/0.json')!()) as EventRow[]).find((r) => r.id === lapd.id)!
    expect(row.topics).toEqual(['Computer Vision', 'AI'])
    // The Government Technology story lists a dozen LAPD articles but is about New Orleans.
    const govtech = corpus.stories.get('2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier')!
    expect(govtech.event).toEqual({ id: '2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier', headline: govtech.title, articleCount: 3, outletCount: 3 })
  })

  it('give the summary line in the documented form', async () => {
    expect(summaryLine(await load(seedsDir))).toBe('reader:content 5 stories, 23 articles in 7 events (largest 11), 0 problem(s)')
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
})
