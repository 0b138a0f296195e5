import { expect, test, listRows, listTitles, recordDataRequests, TITLES } from './fixtures.ts'

// Ranked full-text search (the text index, built by the content plugin) over the seeds.

test('a title match ranks above excerpt matches', async ({ page }) => {
  await page.goto('./?q=police')
  // "Police" is in one title; three other stories have it only in their excerpt.
  await expect(listTitles(page)).toHaveCount(4)
  await expect(listTitles(page).first()).toHaveText(TITLES.lens)
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('relevance')
  await expect(page.getByText('4 of 5 stories')).toBeVisible()
})

test('stems match: "banning" finds and marks "Banned"', async ({ page }) => {
  await page.goto('./?q=banning')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  // The <mark> highlight is the subject (and Playwright's getByRole has no mark role).
  await expect(listTitles(page).first().locator('mark')).toHaveText('Banned')
})

test('a word found only in the excerpt is shown there, marked', async ({ page }) => {
  await page.goto('./?q=moratorium')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  // The excerpt is the row's paragraph under its title; its <mark> highlight is the subject.
  await expect(listRows(page).getByRole('paragraph').locator('mark')).toHaveText('moratorium')
  await expect(listTitles(page).first().locator('mark')).toHaveCount(0)
})

test('a query combines exactly with an outlet filter, and counts per outlet follow the query', async ({ page }) => {
  await page.goto('./?q=facial&provider=nola.com')
  await expect(listTitles(page)).toHaveText([TITLES.nola])
  await expect(page.getByText('1 of 5 stories')).toBeVisible()
  await page.getByText('Outlet', { exact: true }).click()
  // Every story says "facial": each outlet counts one.
  await expect(page.getByRole('checkbox', { name: /Gizmodo/ })).toHaveAccessibleName(/\(1\)/)
})

test('typing a prefix searches as it goes and keeps the query in the URL', async ({ page }) => {
  await page.goto('./')
  await page.getByLabel('Search').fill('morato')
  await expect(page).toHaveURL(/\?q=morato$/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await page.reload()
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await expect(page.getByLabel('Search')).toHaveValue('morato')
})

test('a quoted phrase matches the words together', async ({ page }) => {
  await page.goto(`./?q=${encodeURIComponent('"state police"')}`)
  await expect(listTitles(page)).toHaveText([TITLES.nola])
})

test('filter words typed in the box become removable chips', async ({ page }) => {
  await page.goto('./')
  await page.getByLabel('Search').fill('provider:nola.com quality:>=50 facial')
  await page.getByLabel('Search').press('Enter')
  await expect(page).toHaveURL(/\?provider=nola\.com&minQuality=50&q=facial$/)
  await expect(page.getByLabel('Search')).toHaveValue('facial')
  await expect(listTitles(page)).toHaveText([TITLES.nola])
  // The chips say it in words, and the outlet picker names its choice.
  await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button')).toHaveText(['Outlet: NOLA.com ×', 'Quality 50+ ×'])
  await expect(page.getByText(/^Outlet \(/)).toContainText('(NOLA.com)')
  await page.getByRole('button', { name: 'Remove Outlet: NOLA.com' }).click()
  await expect(page).toHaveURL(/\?minQuality=50&q=facial$/)
  await expect(page.getByRole('button', { name: 'Remove Outlet: NOLA.com' })).toHaveCount(0)
})

test('sort= still forces an order on a query', async ({ page }) => {
  await page.goto('./?q=facial&sort=oldest')
  await expect(listTitles(page).first()).toHaveText(TITLES.lens)
  await expect(listTitles(page).last()).toHaveText(TITLES.nola)
})

test('the search engine loads only when a search starts', async ({ page }) => {
  const data = recordDataRequests(page)
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.waitForLoadState('networkidle')
  expect(data.filter((f) => f.startsWith('search/'))).toEqual([])
  await page.getByLabel('Search').fill('lapd')
  await expect(listTitles(page)).toHaveCount(2)
  expect(data.filter((f) => f.startsWith('search/')).length).toBeGreaterThan(2)
})

test('search raises no Content-Security-Policy violation with the policy sent as a header', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('__violation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`))
  })
  const response = await page.goto('./?q=recognition')
  // The search engine is plain JavaScript: scripts from the site only, no WebAssembly allowance.
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self';")
  expect(response?.headers()['content-security-policy']).not.toContain('unsafe')
  await expect(listTitles(page)).toHaveCount(5)
  expect(violations).toEqual([])
})
