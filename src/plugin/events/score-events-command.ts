// `npm run events:score -- LABELS.tsv [EVENTS.csv]`: scores a build's events against labels
// (`url<TAB>title<TAB>story` a line), B-cubed and pairwise, with the worst wrong joins.
// EVENTS.csv defaults to dist/events.csv; build first (`SEEDS_DIR=… npm run build`).
import fs from 'node:fs/promises'
import { assignedFromCsv, formatScore, parseLabels, scoreEvents } from './score-events.ts'

const [labelsFile, csvFile = 'dist/events.csv'] = process.argv.slice(2)
if (!labelsFile) {
  console.error('usage: npm run events:score -- LABELS.tsv [EVENTS.csv]')
  process.exit(2)
}
const labels = parseLabels(await fs.readFile(labelsFile, 'utf8'))
const assigned = assignedFromCsv(await fs.readFile(csvFile, 'utf8'))
const score = scoreEvents(assigned, labels)
console.log(formatScore(`${labelsFile} against ${csvFile}`, score))
if (score.found < score.total) console.log(`  ${score.total - score.found} labelled articles are not in ${csvFile}: were they built from another folder?`)
