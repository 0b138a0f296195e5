// `npm run bench [-- --write] [-- SIZES...]`: generates synthetic corpora (10, 10,000 and
// 100,000 stories by default), builds each as a user would, and prints two tables: the
// build (time, peak memory, plugin time against bare gray-matter parsing, events, dist/
// files and bytes, first-route JavaScript, first-list data) and the browser (what the list
// downloads and how it responds, heap, search bytes and latency). --write also saves them
// to docs/benchmarks.md.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { measureBrowser, type BrowserFigures } from './browser.ts'
import { measureDevUpdate } from './dev-update.ts'
import { generateCorpus } from './generate.ts'
import { distTotals, firstListData, firstRouteJs, kb, searchBytes, storyPageBytes } from './sizes.ts'

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
  peakMb: number
  pluginMs: number
  bareMs: number
  eventsMs: number
  events: string
  searchMs: number
  searchFiles: number
  broadFirstKb: number
  specificFirstKb: number
  distFiles: number
  storyKb: number
  distMb: number
  jsKb: number
  dataKb: number
  browser: BrowserFigures
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
 * Peak memory is the largest resident size of any process of the build, from GNU time.
 */
async function buildFigures(corpus: string, outDir: string, runs: number): Promise<{ buildS: number; peakMb: number }> {
  let best = Infinity
  let peakMb = 0
  for (let i = 0; i < runs; i++) {
    await rm(outDir, { recursive: true, force: true })
    await run('sync', [])
    const start = performance.now()
    const { stderr } = await run('/usr/bin/time', ['-v', bin('vite'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, SEEDS_DIR: corpus },
      maxBuffer: 1 << 26,
    })
    best = Math.min(best, (performance.now() - start) / 1000)
    peakMb = Math.max(peakMb, Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0) / 1024)
  }
  return { buildS: best, peakMb }
}

/** Best of `rounds` alternating runs of bare gray-matter and of the plugin, in one fresh process. */
async function parseTimes(dir: string, rounds: number): Promise<{ bareMs: number; pluginMs: number; eventsMs: number; events: string; searchMs: number; searchFiles: number }> {
  const { stdout } = await run(bin('tsx'), [path.join(root, 'bench/parse-time.ts'), dir, String(rounds)], { maxBuffer: 1 << 20 })
  const m = /bare gray-matter (\d+) ms, plugin (\d+) ms/.exec(stdout)!
  const e = /events (\d+) ms: (\d+) articles in (\d+) events \(largest (\d+)\)/.exec(stdout)!
  const n = (i: number) => Number(e[i]).toLocaleString('en')
  const s = /search index (\d+) ms: (\d+) files/.exec(stdout)!
  return { bareMs: Number(m[1]), pluginMs: Number(m[2]), eventsMs: Number(e[1]), events: `${n(2)} in ${n(3)} (largest ${n(4)})`, searchMs: Number(s[1]), searchFiles: Number(s[2]) }
}

async function measure(count: number, port: number): Promise<Row> {
  const corpus = await corpusFor(count)
  const corpusBytes = (await distTotals(corpus)).bytes
  const outDir = path.join(work, `dist-${count}`)
  const { buildS, peakMb } = await buildFigures(corpus, outDir, count >= 100_000 ? 1 : 2)
  const { bareMs, pluginMs, eventsMs, events, searchMs, searchFiles } = await parseTimes(corpus, count >= 100_000 ? 2 : 5)
  const totals = await distTotals(outDir)
  // Bytes of each search from a fresh engine (the code, meta, index files, its first 10 rows' pages).
  const specific = String(Math.floor(count * 0.42))
  const [broadFirst] = await searchBytes(outDir, ['clearview'])
  const [specificFirst] = await searchBytes(outDir, [specific])
  // A broad query (a word of a fifth of the titles), then a specific one (a story's number).
  const browser = await measureBrowser(root, outDir, port, ['clearview', String(Math.floor(count * 0.42))])
  const devUpdateMs = count === 10_000 ? await measureDevUpdate(root, corpus, port + 1) : undefined
  return {
    stories: count,
    corpusMb: corpusBytes / 1e6,
    buildS,
    peakMb,
    pluginMs,
    bareMs,
    eventsMs,
    events,
    searchMs,
    searchFiles,
    broadFirstKb: broadFirst.gzip / 1024,
    specificFirstKb: specificFirst.gzip / 1024,
    distFiles: totals.files,
    storyKb: (await storyPageBytes(outDir)).gzip / 1024,
    distMb: totals.bytes / 1e6,
    jsKb: (await firstRouteJs(outDir)).gzip / 1024,
    dataKb: (await firstListData(outDir)).gzip / 1024,
    browser,
    devUpdateMs,
  }
}

function markdown(head: string[], lines: string[][]): string {
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n')
}

function buildTable(rows: Row[]): string {
  const head = [
    'stories', 'corpus', 'build', 'build peak memory', 'plugin / bare parse', 'articles in events', 'event grouping', 'search index: build, files', 'dist/ files', 'dist/ size',
    'per 1,000 stories', 'story page (gzip)', 'first-route JS (gzip)', 'first-list data (gzip)', 'dev edit → page',
  ]
  return markdown(head, rows.map((r) => [
    r.stories.toLocaleString('en'), `${r.corpusMb.toFixed(1)} MB`, `${r.buildS.toFixed(1)} s`, `${r.peakMb.toFixed(0)} MB`,
    `${r.pluginMs} ms / ${r.bareMs} ms = ${(r.pluginMs / r.bareMs).toFixed(2)}×`, r.events, `${(r.eventsMs / 1000).toFixed(1)} s`,
    `${(r.searchMs / 1000).toFixed(1)} s, ${r.searchFiles.toLocaleString('en')}`,
    r.distFiles.toLocaleString('en'), `${r.distMb.toFixed(1)} MB`, `${Math.round((r.distFiles / r.stories) * 1000).toLocaleString('en')} files, ${((r.distMb / r.stories) * 1000).toFixed(1)} MB`, kb(r.storyKb * 1024), kb(r.jsKb * 1024), kb(r.dataKb * 1024),
    r.devUpdateMs === undefined ? '–' : `${r.devUpdateMs.toFixed(0)} ms`,
  ]))
}

function browserTable(rows: Row[]): string {
  const head = [
    'stories', 'first story row', 'list open, 10 s idle (with JS)', 'one outlet chosen: added', 'filter latency', 'jump to the end → last row',
    'rows in DOM', 'JS heap', 'first search', 'later search', 'first search, by size: broad / specific',
  ]
  const search = (s: BrowserFigures['search'][number]) => `“${s.query}”: ${kb(s.kb * 1024)}, ${s.ms.toFixed(0)} ms`
  return markdown(head, rows.map(({ stories, browser: b, broadFirstKb, specificFirstKb }) => [
    stories.toLocaleString('en'), `${b.firstRowMs.toFixed(0)} ms`, kb(b.idleKb * 1024), `${kb(b.outletKb * 1024)} (${b.outletCount})`,
    `${b.filterMs.toFixed(0)} ms`, `${b.scrollEndMs.toFixed(0)} ms`, String(b.rowsInDom), `${b.heapMb.toFixed(1)} MB`, search(b.search[0]), search(b.search[1]),
    `${kb(broadFirstKb * 1024)} / ${kb(specificFirstKb * 1024)}`,
  ]))
}

const rows: Row[] = []
for (const [i, count] of (sizes.length ? sizes : [10, 10_000, 100_000]).entries()) {
  console.error(`measuring ${count.toLocaleString('en')} stories…`)
  rows.push(await measure(count, 4300 + i * 10))
}
const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()}`
const output = `${buildTable(rows)}\n\n${browserTable(rows)}`
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
