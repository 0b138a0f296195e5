// `npm run build:hostile`: the seeds plus hostile stories and bad files, built (not strict)
// into dist-hostile/ for e2e/hostile.spec.ts.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { HOSTILE_FILES } from './stories.ts'

const root = path.resolve(import.meta.dirname, '../..')
const corpus = path.join(os.tmpdir(), 'story-reader-hostile')
await rm(corpus, { recursive: true, force: true })
await mkdir(corpus, { recursive: true })
await cp(path.join(root, 'seeds'), corpus, { recursive: true })
for (const [name, content] of Object.entries(HOSTILE_FILES)) await writeFile(path.join(corpus, name), content)

process.env.SEEDS_DIR = corpus
await build({ root, logLevel: 'warn', build: { outDir: path.join(root, 'dist-hostile'), emptyOutDir: true } })
