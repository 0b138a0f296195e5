// `npm run bench [-- --write] [-- SIZES...]`: generates synthetic corpora (10, 10,000 and
// 100,000 stories by default), builds each as a user would, and prints one table of build
// time, plugin time against bare gray-matter parsing, dist/ files and bytes, first-route
// JavaScript, first-list data and browser figures. --write also saves it to docs/benchmarks.md.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { measureBrowser } from './browser.ts'
import { measureDevUpdate } from './dev-update.ts'
import { generateCorpus } from './generate.ts'
import { distTotals, firstListData, firstRouteJs, kb } from './sizes.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..')
/** Corpora and builds go outside the project, where neither git nor `vite dev` sees them. */
const work = process.env.BENCH_DIR || path.join(os.tmpdir(), 'story-reader-bench')
const bin = (name: string) => path.join(root, 'node_modules/.bin', name)
const args = process.argv.slice(2)
const write = args.includes('--write')
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number)

interface Row {
  stories: number
  corpusMb: number
  buildS: number
  pluginMs: number
  bareMs: number
  eventsMs: number
  events: string
  distFiles: number
  distMb: number
  jsKb: number
  dataKb: number
  firstRowMs: number
  allRowsMs: number
  filterMs: number
  rowsInDom: number
  heapMb: number
  devUpdateMs?: number
}

async function corpusFor(count: number): Promise<string> {
  const dir = path.join(work, `corpus-${count}`)
  const marker = path.join(dir, '.complete')
  if (!existsSync(marker)) {
    await generateCorpus(dir, count)
    await writeFile(marker, String(count))
  }
  return dir
}

/**
 * Best of `runs` builds in fresh processes. Each starts from an empty output folder with the
 * disk's write-back flushed (neither timed), so one build's I/O does not land in the next.
 */
async function buildSeconds(corpus: string, outDir: string, runs: number): Promise<number> {
  let best = Infinity
  for (let i = 0; i < runs; i++) {
    await rm(outDir, { recursive: true, force: true })
    await run('sync', [])
    const start = performance.now()
    await run(bin('vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, SEEDS_DIR: corpus },
      maxBuffer: 1 << 26,
    })
    best = Math.min(best, (performance.now() - start) / 1000)
  }
  return best
}

/** Best of `rounds` alternating runs of bare gray-matter and of the plugin, in one fresh process. */
async function parseTimes(dir: string, rounds: number): Promise<{ bareMs: number; pluginMs: number; eventsMs: number; events: string }> {
  const { stdout } = await run(bin('tsx'), [path.join(root, 'bench/parse-time.ts'), dir, String(rounds)], { maxBuffer: 1 << 20 })
  const m = /bare gray-matter (\d+) ms, plugin (\d+) ms/.exec(stdout)!
  const e = /events (\d+) ms: (\d+) articles in (\d+) events \(largest (\d+)\)/.exec(stdout)!
  const n = (i: number) => Number(e[i]).toLocaleString('en')
  return { bareMs: Number(m[1]), pluginMs: Number(m[2]), eventsMs: Number(e[1]), events: `${n(2)} in ${n(3)} (largest ${n(4)})` }
}

async function measure(count: number, port: number): Promise<Row> {
  const corpus = await corpusFor(count)
  const corpusBytes = (await distTotals(corpus)).bytes
  const outDir = path.join(work, `dist-${count}`)
  const buildS = await buildSeconds(corpus, outDir, count >= 100_000 ? 1 : 2)
  const { bareMs, pluginMs, eventsMs, events } = await parseTimes(corpus, count >= 100_000 ? 2 : 5)
  const totals = await distTotals(outDir)
  const browser = await measureBrowser(root, outDir, port)
  const devUpdateMs = count === 10_000 ? await measureDevUpdate(root, corpus, port + 1) : undefined
  return {
    stories: count,
    corpusMb: corpusBytes / 1e6,
    buildS,
    pluginMs,
    bareMs,
    eventsMs,
    events,
    distFiles: totals.files,
    distMb: totals.bytes / 1e6,
    jsKb: (await firstRouteJs(outDir)).gzip / 1024,
    dataKb: (await firstListData(outDir)).gzip / 1024,
    ...browser,
    devUpdateMs,
  }
}

function table(rows: Row[]): string {
  const head = [
    'stories', 'corpus', 'build', 'plugin / bare parse', 'articles in events', 'event grouping', 'dist/ files', 'dist/ size', 'first-route JS (gzip)', 'first-list data (gzip)',
    'first story row', 'all rows loaded', 'filter latency', 'story rows in DOM', 'JS heap', 'dev edit → page',
  ]
  const lines = rows.map((r) => [
    r.stories.toLocaleString('en'), `${r.corpusMb.toFixed(1)} MB`, `${r.buildS.toFixed(1)} s`,
    `${r.pluginMs} ms / ${r.bareMs} ms = ${(r.pluginMs / r.bareMs).toFixed(2)}×`, r.events, `${(r.eventsMs / 1000).toFixed(1)} s`,
    r.distFiles.toLocaleString('en'), `${r.distMb.toFixed(1)} MB`, kb(r.jsKb * 1024), kb(r.dataKb * 1024),
    `${r.firstRowMs.toFixed(0)} ms`, `${r.allRowsMs.toFixed(0)} ms`, `${r.filterMs.toFixed(0)} ms`, String(r.rowsInDom),
    `${r.heapMb.toFixed(0)} MB`, r.devUpdateMs === undefined ? '–' : `${r.devUpdateMs.toFixed(0)} ms`,
  ])
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

const rows: Row[] = []
for (const [i, count] of (sizes.length ? sizes : [10, 10_000, 100_000]).entries()) {
  console.error(`measuring ${count.toLocaleString('en')} stories…`)
  rows.push(await measure(count, 4300 + i * 10))
}
const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`
const output = table(rows)
console.log(`${machine}\n\n${output}`)
if (write) {
  const doc = path.join(root, 'docs/benchmarks.md')
  const text = await readFile(doc, 'utf8')
  const start = text.indexOf('<!-- bench:start -->')
  const end = text.indexOf('<!-- bench:end -->')
  const block = `<!-- bench:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${output}\n<!-- bench:end -->`
  await writeFile(doc, text.slice(0, start) + block + text.slice(end + '<!-- bench:end -->'.length))
  console.error('written to docs/benchmarks.md')
}
