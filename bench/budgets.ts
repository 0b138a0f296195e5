// `npm run test:budgets`: the size budgets, enforced. It checks the seeds build (dist/) and
// a synthetic 10,000-story build, so a regression in the first route's JavaScript or in the
// data the first screen waits for fails the test run. Sizes only: timings live in the
// benchmark (npm run bench), never in tests.
//   BUDGET_JS_KB / BUDGET_DATA_KB override the budgets (e.g. to see the check fail once).
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { generateCorpus } from './generate.ts'
import { firstListData, firstRouteJs, kb } from './sizes.ts'

const BUDGET = {
  js: Number(process.env.BUDGET_JS_KB ?? 130) * 1024,
  data: Number(process.env.BUDGET_DATA_KB ?? 60) * 1024,
}

const root = path.resolve(import.meta.dirname, '..')
// Outside the project, where neither git nor `vite dev` sees them.
const work = path.join(os.tmpdir(), 'story-reader-budgets')
const corpus = path.join(work, 'corpus-10k')
const dist10k = path.join(work, 'dist-10k')

await generateCorpus(corpus, 10_000)
process.env.SEEDS_DIR = corpus
await build({ root, logLevel: 'warn', build: { outDir: dist10k, emptyOutDir: true } })
delete process.env.SEEDS_DIR

let failed = 0
for (const [label, dist] of [
  ['seeds (5 stories)', path.join(root, 'dist')],
  ['synthetic 10,000 stories', dist10k],
] as const) {
  const js = await firstRouteJs(dist)
  const data = await firstListData(dist)
  for (const [what, size, budget] of [
    ['first-route JavaScript', js.gzip, BUDGET.js],
    ['first-list data', data.gzip, BUDGET.data],
  ] as const) {
    const ok = size <= budget
    if (!ok) failed++
    console.log(`${ok ? 'ok  ' : 'OVER'} ${label}: ${what} ${kb(size)} gzip (budget ${kb(budget)})`)
  }
}
console.log(`${4 - failed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
