import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { chromium, type Page } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'
import { expect, IDS, listTitles, test, TITLES } from './fixtures.ts'

// The service worker: pages read once open offline, pages never read say so, and a new
// deploy is offered, not mixed in. (Every other spec blocks service workers.)
test.use({ serviceWorkers: 'allow' })

/** Waits until the service worker controls the page and holds at least `files` data files. */
async function untilCached(page: Page, files: number) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        if (!navigator.serviceWorker.controller) return 0
        const cache = await caches.open('reader-data')
        return (await cache.keys()).length
      }),
    )
    .toBeGreaterThanOrEqual(files)
}

test('the list and a story read once open offline; a story never read says it is not saved', async ({ page, context }) => {
  // The worker, its registration and the web app manifest live within the policy sent as a header.
  const violations: string[] = []
  await page.exposeFunction('__violation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  // The first visit's data was fetched before the worker existed: it is handed over after install.
  await untilCached(page, 2)
  await page.getByRole('link', { name: TITLES.nola }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.nola)
  await untilCached(page, 3)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.nola)
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()

  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.reload()
  await expect(listTitles(page)).toHaveCount(5)

  await page.goto(`./story/${IDS.breeze}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline')
  await expect(page.getByRole('alert')).toContainText('not saved for reading offline')
  await page.getByRole('link', { name: 'Back to the stories' }).click()
  await expect(listTitles(page)).toHaveCount(5)

  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0)
  await page.goto(`./story/${IDS.breeze}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.breeze)
  expect(violations).toEqual([])
})

test('on a phone, the Offline mark moves nothing', async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  const header = page.getByRole('banner')
  const before = await header.boundingBox()
  const firstRow = await listTitles(page).first().boundingBox()
  await context.setOffline(true)
  await expect(page.getByText('Offline', { exact: true })).toBeVisible()
  expect(await header.boundingBox()).toEqual(before)
  expect(await listTitles(page).first().boundingBox()).toEqual(firstRow)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
})

test('a search made once works offline', async ({ page, context }) => {
  await page.goto('./')
  await untilCached(page, 2)
  await page.getByRole('searchbox').fill('banning')
  await expect(listTitles(page)).toHaveCount(1)
  await context.setOffline(true)
  await page.reload()
  await expect(listTitles(page)).toHaveCount(1)
  await expect(listTitles(page).first()).toContainText('Banned')
})

test('the app is installable: a manifest with icons and a service worker', async ({ baseURL }) => {
  // Chromium never offers to install from an incognito profile, which a test's context is.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'reader-profile-'))
  const context = await chromium.launchPersistentContext(profile, { ...chromiumLaunchOptions, baseURL })
  try {
    const page = await context.newPage()
    await page.goto('./')
    await untilCached(page, 1)
    const cdp = await context.newCDPSession(page)
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
    expect(installabilityErrors).toEqual([])
    const manifest = await (await page.request.get('./manifest.webmanifest')).json()
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true)
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})

test.describe('a new deploy while a tab is open', () => {
  // One origin, two builds: the seeds (dist/), then the seeds plus the hostile stories
  // (dist-hostile/, from npm run build:hostile), which is a different data edition.
  const PORT = 4181
  const root = path.resolve(import.meta.dirname, '..')
  let server: PreviewServer | undefined
  const serve = async (outDir: string) => {
    await server?.close()
    server = await preview({
      root,
      logLevel: 'silent',
      build: { outDir },
      preview: { port: PORT, strictPort: true, host: '127.0.0.1' },
    })
  }
  test.afterEach(async () => {
    await server?.close()
    server = undefined
  })

  test('offers "A new edition is available", and reloads into it when asked', async ({ page }) => {
    // The data edition a page runs on is a head tag, read by the app, never shown: the tag is the subject.
    const edition = () => page.locator('meta[name="reader-data"]').getAttribute('content')
    await serve('dist')
    await page.goto(`http://127.0.0.1:${PORT}/`)
    await expect(listTitles(page)).toHaveCount(5)
    await untilCached(page, 2)
    const first = await edition()

    await serve('dist-hostile')
    // The reader comes back to the tab: the app asks whether the site changed.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const notice = page.getByRole('status').filter({ hasText: 'A new edition is available.' })
    await expect(notice).toHaveCount(1, { timeout: 15_000 })
    await expect(notice.getByText('A new edition is available.')).toBeVisible()
    // Until the reader chooses, the tab stays on the edition it opened.
    expect(await edition()).toBe(first)
    await expect(listTitles(page)).toHaveCount(5)

    await notice.getByRole('button', { name: 'Reload' }).click()
    await expect.poll(edition).not.toBe(first)
    // The new edition's stories: the seeds and the hostile ones.
    await expect.poll(() => listTitles(page).count()).toBeGreaterThan(5)
  })
})
