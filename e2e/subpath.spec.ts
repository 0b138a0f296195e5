import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, IDS, listTitles, test, TITLES } from './fixtures.ts'

// The app served under /news/ (built with `--base /news/`), as a site owner's own site:
// SITE_NAME='Face Watch' and SITE_DESCRIPTION (npm run build:subpath). Routes, data and
// links stay inside the sub-path, and the owner's name is everywhere the seeds' was.

test('the site is the owner’s: its name in the header and the titles, no seeds’ words in any file not made from a story', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('banner').getByRole('link', { name: 'Face Watch' })).toBeVisible()
  await expect(page).toHaveTitle('Face Watch')
  await page.getByRole('link', { name: 'Timeline' }).click()
  await expect(page).toHaveTitle('Timeline · Face Watch')
  await page.goto(`./story/${IDS.gizmodo}/`)
  await expect(page).toHaveTitle(`${TITLES.gizmodo} · Face Watch`)
  expect(await page.locator('meta[property="og:site_name"]').getAttribute('content')).toBe('Face Watch')

  const dist = path.resolve(import.meta.dirname, '../dist-subpath')
  const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.webmanifest'), 'utf8'))
  expect(manifest).toMatchObject({ name: 'Face Watch', short_name: 'Face Watch', description: 'Surveillance news from two cities.' })
  // The site's own pages and code, not the stories' data, pages or feeds.
  const own = ['index.html', '404.html', 'timeline/index.html', 'outlets/index.html', 'saved/index.html', 'manifest.webmanifest', 'sw.js', ...(await readdir(path.join(dist, 'assets'))).map((f) => `assets/${f}`)]
  for (const file of own) {
    const text = await readFile(path.join(dist, file), 'utf8')
    expect(text, file).not.toMatch(/Story Reader|facial recognition|police/i)
  }
})

test('the app works under a sub-path', async ({ page }) => {
  await page.goto('./?provider=gizmodo.com')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await page.getByRole('link', { name: TITLES.gizmodo }).click()
  await expect(page).toHaveURL(new RegExp(`/news/story/${IDS.gizmodo}$`))
  await page.getByRole('link', { name: 'Timeline' }).click()
  await expect(page).toHaveURL(/\/news\/timeline$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()

  await page.goto(`./story/${IDS.govtech}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await page.goto('./no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
})

test('search loads its engine and index from inside the sub-path', async ({ page, baseURL }) => {
  const outside: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    // Outlets' images come from their own sites; everything of ours stays under /news/.
    if (url.origin === new URL(baseURL!).origin && !url.pathname.startsWith('/news/')) outside.push(url.pathname)
  })
  await page.goto('./?q=banning')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  // The <mark> highlight is the subject (and Playwright's getByRole has no mark role).
  await expect(listTitles(page).first().locator('mark')).toHaveText('Banned')
  expect(outside).toEqual([])
})

test.describe('offline under the sub-path', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the worker is scoped to /news/ and a story read once opens offline', async ({ page, context }) => {
    await page.goto(`./story/${IDS.gizmodo}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
    await expect
      // The story's own page (its data inside), kept by the worker.
      .poll(() => page.evaluate(async () => (navigator.serviceWorker.controller ? (await (await caches.open('reader-pages')).keys()).length : 0)))
      .toBeGreaterThanOrEqual(1)
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toMatch(/\/news\/$/)
    await context.setOffline(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  })
})
