// `npx tsx bench/write-concurrency.ts [FILES]`: how many writes in flight write the build's
// pages fastest on this machine. Writes FILES pages (default 30,000) of 9 KB, each in a folder
// of its own as a story's entry is, at several concurrencies, in alternating rounds from an
// empty folder after `sync` (neither timed); prints the best round of each.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { mapLimit } from '../src/plugin/ingest/read.ts'

const count = Number(process.argv[2] ?? 30_000)
const levels = [2, 4, 8, 16, 32, 64, 128]
const rounds = 3
const root = path.join(process.env.BENCH_DIR || path.join(os.tmpdir(), 'story-reader-bench'), 'writes')
const page = 'x'.repeat(9 * 1024)
const best = new Map<number, number>()

for (let round = 0; round < rounds; round++) {
  for (const level of round % 2 ? [...levels].reverse() : levels) {
    await fs.rm(root, { recursive: true, force: true })
    execFileSync('sync')
    const started = performance.now()
    await mapLimit(Array.from({ length: count }, (_, i) => i), level, async (i) => {
      const folder = path.join(root, String(i))
      await fs.mkdir(folder, { recursive: true })
      await fs.writeFile(path.join(folder, 'index.html'), page)
    })
    const ms = performance.now() - started
    best.set(level, Math.min(best.get(level) ?? Infinity, ms))
  }
}
await fs.rm(root, { recursive: true, force: true })
for (const [level, ms] of [...best].sort(([a], [b]) => a - b)) console.log(`${String(level).padStart(4)} in flight: ${(ms / 1000).toFixed(2)} s for ${count.toLocaleString('en')} pages (best of ${rounds})`)
