// Scores grouping option sets over every labelled set at once (the dev set, the two one-topic
// fixtures, the seeds), B-cubed precision/recall/F1 and pairwise precision, a line per set:
// `npm run events:sweep -- '[{"threshold":0.12},{}]'`. Weigh every set: tuning to one chains on another.
import fs from 'node:fs/promises'
import { createCorpusLoader } from '../src/plugin/corpus.ts'
import { groupEvents } from '../src/plugin/events/events.ts'
import { resolveContentOptions } from '../src/plugin/options.ts'
import { SEED_EVENTS } from '../src/plugin/events/fixtures/seed-events.ts'
import { parseLabels, scoreEvents } from '../src/plugin/events/score-events.ts'

const sets = [JSON.parse(process.argv[2] ?? '{}')].flat()
const data = [
  ['dev', '../shared/events-dev/stories', '../shared/events-dev/labels.tsv'],
  ['soft', 'src/plugin/events/fixtures/one-topic-software', 'src/plugin/events/fixtures/one-topic-software/labels.tsv'],
  ['city', 'src/plugin/events/fixtures/one-topic-city', 'src/plugin/events/fixtures/one-topic-city/labels.tsv'],
  ['seeds', 'seeds', ''],
]
const seedLabels = Object.entries(SEED_EVENTS).flatMap(([story, urls]) => urls.map((url) => ({ url, title: '', story })))
const loaded = await Promise.all(
  data.map(async ([name, dir, labels]) => ({
    name,
    stories: [...(await createCorpusLoader(resolveContentOptions({ dir }, {})).load()).stories.values()],
    labels: labels ? parseLabels(await fs.readFile(labels, 'utf8')) : seedLabels,
  })),
)
for (const events of sets) {
  const cells: string[] = []
  for (const d of loaded) {
    const g = await groupEvents(d.stories, undefined, events)
    const s = scoreEvents(g.groups.flatMap((e) => e.articles.map((a) => ({ event: e.id, url: a.webUrl, title: a.title }))), d.labels)
    cells.push(`${d.name} ${s.precision.toFixed(3)}/${s.recall.toFixed(3)}/${s.f1.toFixed(3)} pp${s.pairPrecision.toFixed(2)}`)
  }
  console.log(cells.join(' | '), JSON.stringify(events))
}
