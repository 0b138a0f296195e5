// Incremental update in `vite dev`: edit one story file of the corpus and time until the
// open page shows the edit.
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createServer } from 'vite'
import { launch } from './browser.ts'

export async function measureDevUpdate(root: string, corpus: string, port: number): Promise<number> {
  process.env.SEEDS_DIR = corpus
  const server = await createServer({ root, logLevel: 'silent', server: { port, strictPort: true, host: '127.0.0.1' } })
  delete process.env.SEEDS_DIR
  await server.listen()
  const browser = await launch()
  const file = await firstStoryFile(corpus)
  const original = await readFile(file, 'utf8')
  try {
    const page = await browser.newPage()
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.locator('.story-list > li').first().waitFor({ timeout: 120_000 })
    const marker = `Edited during the benchmark ${Date.now()}`
    // A date after every other story puts the edited one first in the list.
    const edited = original.replace(/^title: .*$/m, `title: "${marker}"`).replace(/^publishedDateTime: .*$/m, 'publishedDateTime: 2030-01-01T00:00:00Z')
    const start = performance.now()
    await writeFile(file, edited)
    await page.getByRole('link', { name: marker }).waitFor({ timeout: 30_000 })
    return performance.now() - start
  } finally {
    await writeFile(file, original)
    await browser.close()
    await server.close()
  }
}

async function firstStoryFile(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const first = entries.filter((e) => e.isFile() && e.name.endsWith('.txt')).sort((a, b) => (a.name < b.name ? -1 : 1))[0]
  return path.join(first.parentPath, first.name)
}
