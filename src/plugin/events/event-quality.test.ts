// Floors on the event grouping, measured on labelled data (docs/events.md): the seeds'
// hand labels, two one-topic corpora written and labelled by reading (fixtures/one-topic-*),
// and the shared dev set of 2,989 headlines from 44 aggregator stories (../shared/events-dev/).
import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from '../corpus.ts'
import { SEED_EVENTS } from './fixtures/seed-events.ts'
import { resolveContentOptions } from '../options.ts'
import { parseLabels, scoreEvents, type Label, type Score } from './score-events.ts'

const root = path.resolve(import.meta.dirname, '../../..')
const fixtures = path.join(root, 'src/plugin/events/fixtures')
const devSet = path.resolve(root, '../shared/events-dev')

async function score(dir: string, labels: Label[]): Promise<Score> {
  const corpus = await createCorpusLoader(resolveContentOptions({ dir }, {})).load()
  const assigned = corpus.grouping.groups.flatMap((g) => g.articles.map((a) => ({ event: g.id, url: a.webUrl, title: a.title })))
  return scoreEvents(assigned, labels)
}
const labelsIn = async (dir: string) => parseLabels(await fs.readFile(path.join(dir, 'labels.tsv'), 'utf8'))

describe('event grouping on labelled data', () => {
  it('the seeds: every event page right, most of each event found', async () => {
    const labels = Object.entries(SEED_EVENTS).flatMap(([story, urls]) => urls.map((url) => ({ url, title: '', story })))
    const s = await score(path.join(root, 'seeds'), labels)
    expect(s.found).toBe(23)
    expect(s.precision).toBe(1)
    expect(s.recall).toBeGreaterThanOrEqual(0.8)
  })

  for (const name of ['one-topic-software', 'one-topic-city']) {
    it(`${name}: one outlet's posts on the subject stay apart, coverage by several outlets joins`, async () => {
      const dir = path.join(fixtures, name)
      const s = await score(dir, await labelsIn(dir))
      expect(s.found).toBe(s.total)
      expect(s.precision).toBeGreaterThanOrEqual(0.95)
      expect(s.pairPrecision).toBeGreaterThanOrEqual(0.9)
      expect(s.recall).toBeGreaterThanOrEqual(0.8)
    })
  }

  it('the shared dev set (44 aggregator stories): B-cubed precision ≥ 0.9, F1 ≥ 0.72', async () => {
    const s = await score(path.join(devSet, 'stories'), await labelsIn(devSet))
    expect(s.found).toBe(2989)
    expect(s.precision).toBeGreaterThanOrEqual(0.9)
    expect(s.f1).toBeGreaterThanOrEqual(0.72)
  }, 30_000)
})
