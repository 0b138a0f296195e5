import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { gzipSize } from './sizes.ts'
const server = await preview({ root: process.cwd(), logLevel: 'silent', build: { outDir: '/tmp/story-reader-bench/dist-10000' }, preview: { port: 4391, strictPort: true } })
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] })
const p = await b.newPage({ viewport: { width: 1280, height: 900 } })
await p.goto('http://127.0.0.1:4391/')
await p.waitForTimeout(3000)
const seen: Promise<[string, number, number]>[] = []
p.on('response', (r) => seen.push(r.body().then((body) => [new URL(r.url()).pathname.replace(/\/data\/[^/]+\//, ''), body.length, gzipSize(body)] as [string, number, number], () => ['?', 0, 0])))
await p.getByLabel('Search').fill(process.argv[2] ?? 'clearview')
await p.waitForTimeout(4000)
const all = await Promise.all(seen)
let total = 0
for (const [path, raw, gz] of all) { total += gz; console.log(path.padEnd(60), String(raw).padStart(8), String(gz).padStart(8)) }
console.log('total gzip KB', (total / 1024).toFixed(1))
await b.close(); await server.close()
