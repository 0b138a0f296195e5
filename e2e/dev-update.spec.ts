import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { createServer, type ViteDevServer } from 'vite'

// `vite dev` serves the corpus from memory and pushes edits to the open page.
// One dev server for the file: its tests run in one worker, in turn.
test.describe.configure({ mode: 'serial' })
let server: ViteDevServer
let dir: string

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'reader-dev-'))
  await cp('seeds', dir, { recursive: true })
  process.env.SEEDS_DIR = dir
  server = await createServer({ server: { port: 5179, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' })
  await server.listen()
  delete process.env.SEEDS_DIR
})

test.afterAll(async () => {
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

test('editing, adding and removing a story file updates the open page without a restart', async ({ page }) => {
  await page.goto('http://127.0.0.1:5179/')
  await expect(page.getByText('5 stories')).toBeVisible()

  const file = path.join(dir, '002_48933d0774f4b3c7.txt')
  const text = await readFile(file, 'utf8')
  await writeFile(file, text.replace('NOPD has used facial recognition since at least 2018', 'Edited title of the NOLA story'))
  await expect(page.getByRole('link', { name: /^Edited title of the NOLA story/ })).toBeVisible()

  await writeFile(path.join(dir, 'new.md'), text.replace(/^title: .*$/m, 'title: "A brand new story"').replace(/nola\.com\/news/g, 'nola.com/new'))
  await expect(page.getByText('6 stories')).toBeVisible()
  await expect(page.getByRole('link', { name: 'A brand new story' })).toBeVisible()

  await rm(path.join(dir, 'new.md'))
  await expect(page.getByText('5 stories')).toBeVisible()
})

test('in dev a story and its event open from the list, and a story from its link; a missing one is not found', async ({ page }) => {
  await page.goto('http://127.0.0.1:5179/')
  await page.getByRole('link', { name: /^LAPD bars detectives/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^LAPD bars detectives/)
  await page.getByRole('link', { name: /^The LAPD Just Banned/ }).first().click()
  await expect(page.getByText(/articles from \d+ outlets/).first()).toBeVisible()
  // Fresh from its link: Vite's own page, then the entry the dev server makes from memory.
  await page.goto('http://127.0.0.1:5179/story/2020-11-18-lapd-bars-detectives-use-of-clearview-ai-facial-recognition')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^LAPD bars detectives/)
  await page.goto('http://127.0.0.1:5179/story/no-such-story')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not found/i)
})
