// `npx tsx bench/read-threads.ts CORPUS [ROUNDS]`: reading a corpus's story files (read,
// parse, validate, normalize) on the build's thread alone, against half of them in a
// worker thread as a large build does (`src/plugin/ingest/read-off-thread.ts`). Alternating
// rounds in one process (default 2 each); prints every round and the best of each.
import { mapLimit, listStoryFiles, type SourceFile } from '../src/plugin/ingest/read.ts'
import { readStoryFile } from '../src/plugin/ingest/file-result.ts'
import { readOffThread } from '../src/plugin/ingest/read-off-thread.ts'

const [dir, roundsArg] = process.argv.slice(2)
const rounds = Number(roundsArg ?? 2)
const sources = await listStoryFiles(dir)
const here = (list: readonly SourceFile[]) => mapLimit(list, 64, (s) => readStoryFile(s.abs, s.file))

const ways: Record<string, () => Promise<number>> = {
  'one thread': async () => (await here(sources)).length,
  'half in a worker': async () => {
    const half = sources.length >> 1
    const [theirs, mine] = await Promise.all([readOffThread(sources.slice(half), 64, () => {}), here(sources.slice(0, half))])
    if (!theirs) throw new Error('the worker did not start')
    return theirs.length + mine.length
  },
}
const best = new Map<string, number>()
for (let round = 0; round < rounds; round++) {
  for (const [name, way] of round % 2 ? Object.entries(ways).reverse() : Object.entries(ways)) {
    const started = performance.now()
    const read = await way()
    const s = (performance.now() - started) / 1000
    best.set(name, Math.min(best.get(name) ?? Infinity, s))
    console.log(`round ${round + 1}, ${name}: ${read.toLocaleString('en')} files in ${s.toFixed(1)} s`)
  }
}
for (const [name, s] of best) console.log(`${name}: best ${s.toFixed(1)} s`)
