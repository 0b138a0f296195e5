import type { Route } from '@playwright/test'
import { expect, IDS, listTitles, test, TITLES } from './fixtures.ts'

// A missing or corrupt data file fails only its own part of the page, with a retry.

/** The story's entry as served, with its embedded data cut short (or gone, for `cut: ''`). */
function damaged(cut: string) {
  return async (route: Route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(/(<script type="application\/json" id="page-data">)[^<]*<\/script>/, cut ? `$1${cut}</script>` : '')
    await route.fulfill({ response, body: html })
  }
}

test('a story whose embedded data is damaged shows an error with a retry, inside the app', async ({ page }) => {
  let corrupt = true
  const cut = damaged('{"title": "cut off')
  await page.route(new RegExp(`/story/${IDS.nola}(/index\\.html)?$`), (route) => (corrupt ? cut(route) : route.continue()))
  await page.goto(`./story/${IDS.nola}`)
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded')
  // The reader gets words, the console the reason.
  await expect(page.getByRole('alert')).not.toContainText('JSON')
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
  corrupt = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.nola)
})

test('a story that fails to load after the list showed it still links to its outlet', async ({ page }) => {
  await page.route(`**/story/${IDS.gizmodo}/index.html`, (route) => route.fulfill({ status: 500, body: '' }))
  await page.goto('./')
  await page.getByRole('link', { name: TITLES.gizmodo }).click()
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded')
  const original = page.getByRole('alert').getByRole('link', { name: /^Read at Gizmodo/ })
  await expect(original).toHaveAttribute('href', /^https:\/\/gizmodo\.com\//)
  await expect(original).toHaveAttribute('target', '_blank')
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible()
  // Opened fresh from a page without its data (a host's fallback), the tab knows nothing
  // of the story: no link is made up.
  await page.route(`**/story/${IDS.gizmodo}`, damaged(''))
  await page.goto(`./story/${IDS.gizmodo}`)
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded')
  await expect(page.getByRole('alert').getByRole('link', { name: /^Read at/ })).toHaveCount(0)
})

test('a missing row page shows an error with a retry for the list only', async ({ page }) => {
  let missing = true
  await page.route('**/rows/0.json', (route) => (missing ? route.fulfill({ status: 404, body: '' }) : route.continue()))
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded')
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible()
  missing = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(listTitles(page)).toHaveCount(5)
})

test('a corrupt month of related coverage fails only that part of the timeline', async ({ page }) => {
  let corrupt = true
  await page.route('**/external/2020-12.json', (route) => (corrupt ? route.fulfill({ status: 200, contentType: 'application/json', body: 'not json' }) : route.continue()))
  await page.goto('./timeline')
  await expect(page.getByRole('alert')).toContainText('Could not load the related articles')
  await expect(page.getByRole('link', { name: TITLES.nola })).toBeVisible()
  await expect(page.getByText('City releases dozens of pages')).toHaveCount(0)
  corrupt = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByText('City releases dozens of pages of emails')).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('the first load shows the frame and a loading status, never a blank page', async ({ page }) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/manifest.json', async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./')
  await expect(page.getByRole('status')).toHaveText('Loading stories…')
  await expect(page.getByText('Story Reader')).toBeVisible()
  release()
  await expect(listTitles(page)).toHaveCount(5)
})
