import type { ProviderList } from '../src/content/types.ts'
import { expect, test, listTitles, recordDataRequests } from './fixtures.ts'

// Against dist-large/: 10,000 synthetic stories (bench/generate.ts), built by npm run test:budgets.

test('the list opens on its first rows and the story columns, not the corpus', async ({ page }) => {
  const data = recordDataRequests(page)
  await page.goto('./')
  await expect(page.getByText('10,000 stories', { exact: true })).toBeVisible()
  await expect(listTitles(page).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  const rowPages = data.filter((f) => f.startsWith('rows/'))
  expect(rowPages).toEqual(['rows/0.json'])
  expect(data).toContain('columns.json')
})

test('jumping to the end shows the last story, not a placeholder', async ({ page }) => {
  await page.goto('./')
  await expect(listTitles(page).first()).toBeVisible()
  await page.keyboard.press('End')
  const last = page.locator('.story-list > li[aria-posinset="10000"]')
  await expect(last.locator('.story-row-title a')).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('.story-list .row-placeholder')).toHaveCount(0)
})

test('one outlet shows its exact count, from the columns', async ({ page, request }) => {
  await page.goto('./')
  const version = await page.locator('meta[name="reader-data"]').getAttribute('content')
  const providers = (await (await request.get(`./data/${version}/providers.json`)).json()) as ProviderList
  const outlet = providers[3]
  await page.goto(`./?provider=${outlet.domain}`)
  await expect(page.getByText(`${outlet.count.toLocaleString('en')} of 10,000 stories`)).toBeVisible()
  await expect(page.locator('.story-list .provider').first()).toContainText(outlet.name)
})

test('a search finds one story among 10,000 by a word only it has', async ({ page }) => {
  await page.goto('./?q=4242')
  await expect(page.getByText('1 of 10,000 stories')).toBeVisible()
  await expect(listTitles(page)).toHaveCount(1)
  await expect(listTitles(page).first().locator('mark')).toHaveText('(4242)')
})
