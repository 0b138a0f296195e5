import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { readdir, readFile } from 'node:fs/promises'
import { build } from 'vite'
import { readPageData } from '../shared/page-data.ts'
import { describe, expect, it } from 'vitest'
import { contentPlugin } from './index.ts'
import { storyText, writeCorpus } from './test-fixtures.ts'

const root = path.resolve(import.meta.dirname, '../..')

/** Builds a tiny app over the corpus in `dir`; returns every output file's path and text. */
async function buildApp(dir: string, strict: boolean, logged: string[] = []) {
  const appDir = await writeCorpus({
    'index.html': '<!doctype html><html><head><title>App</title></head><body><script type="module" src="./entry.js"></script></body></html>',
    'entry.js': 'console.log(document.querySelector("meta[name=reader-data]")?.content)',
  })
  const log = (msg: string) => void logged.push(msg)
  const customLogger = { info: log, warn: log, warnOnce: log, error: log, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false }
  await build({ root: appDir, configFile: false, logLevel: 'silent', customLogger, plugins: [contentPlugin({ dir, strict })] })
  const outDir = path.join(appDir, 'dist')
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile())
  return Promise.all(
    files.map(async (e) => {
      const file = path.relative(outDir, path.join(e.parentPath, e.name))
      return { file, text: await readFile(path.join(outDir, file), 'utf8') }
    }),
  )
}

async function badCorpus() {
  return writeCorpus({
    'good.txt': storyText({ title: 'Good', url: 'https://a.com/1', related: ['javascript:alert(1)'] }),
    'broken.txt': storyText().replace('quality: 59', 'quality: [59'),
  })
}

describe('contentPlugin', () => {
  it('emits the good stories under a versioned data folder and reports the bad file', async () => {
    const output = await buildApp(await badCorpus(), false)
    const names = output.map((o) => o.file)
    expect(names).toContainEqual(expect.stringMatching(/^data\/[0-9a-f]{10}\/manifest\.json$/))
    // One file for the good story: its entry, its data inside.
    expect(names.filter((n) => n.includes('story/'))).toEqual(['story/2020-11-17-good/index.html'])
    const page = output.find((o) => o.file === 'story/2020-11-17-good/index.html')!.text
    expect(page).toContain('<meta property="og:title" content="Good" />')
    expect(readPageData(page)).toMatchObject({ ok: true, data: { title: 'Good', webUrl: 'https://a.com/1' } })
    expect(page).toMatch(/<script type="module" crossorigin src="\/assets\/index-[^"]+\.js"><\/script>/)
    for (const { text } of output) {
      expect(text.toLowerCase()).not.toContain('javascript:')
      expect(text).not.toContain('c2VjcmV0')
    }
  })

  it('ships no secured value and no javascript: URL in any file built from the seeds', async () => {
    const output = await buildApp(path.join(root, 'seeds'), true)
    expect(output.some((o) => o.file.endsWith('manifest.json'))).toBe(true)
    for (const { file, text } of output.filter((o) => /\.(json|html|js|xml)$/.test(o.file))) {
      expect(text, file).not.toMatch(/"secured"|TQsAZNUrrk4F/)
      if (!file.endsWith('.js')) expect(text.toLowerCase(), file).not.toContain('javascript:')
    }
  })

  it('says after the summary how to see every problem and how to make the build strict', async () => {
    const logged: string[] = []
    const dir = await badCorpus()
    await buildApp(dir, false, logged)
    const summary = logged.findIndex((l) => /1 stories, .* 2 problem\(s\)/.test(l))
    expect(summary).toBeGreaterThanOrEqual(0)
    expect(logged[summary + 1]).toMatch(new RegExp(`^reader:content every problem, one a line: npm run check:seeds ".*${path.basename(dir)}"; to fail the build on any: SEEDS_STRICT=1$`))
    expect(logged.some((l) => /^reader:content dist\/: \d+ files, \d+ MB$/.test(l))).toBe(true)
  })

  it('fails a strict build, listing every problem', async () => {
    await expect(buildApp(await badCorpus(), true)).rejects.toThrow(/broken\.txt:\d+ \(file skipped\)[\s\S]*good\.txt \(value dropped\) related\.0\.webUrl/)
  })
})

describe('npm run check:seeds', () => {
  const run = (dir: string) =>
    promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'src/plugin/check-seeds.ts'), dir], { cwd: root })

  it('passes the seeds', async () => {
    const { stdout } = await run(path.join(root, 'seeds'))
    expect(stdout).toContain('5 stories, no problems.')
  })

  it('exits 1 and prints the report for a bad folder', async () => {
    const error = await run(await badCorpus()).catch((e: { code: number; stdout: string }) => e)
    expect(error).toMatchObject({ code: 1 })
    expect((error as { stdout: string }).stdout).toMatch(/1 stories; 1 file\(s\) skipped; 2 problem\(s\)/)
  })
})
