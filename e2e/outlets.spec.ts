import { expect, test } from './fixtures.ts'

test('the outlets page: who covered the events, who was first, how long the others took; sorted in the URL; each outlet to its list', async ({ page, request }) => {
  await page.goto('./outlets')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outlets')
  await expect(page).toHaveTitle('Outlets · Story Reader')
  const table = page.getByRole('table')
  const rows = table.getByRole('row')
  // Most events first; The Lens covered two events and reported both first.
  await expect(rows.nth(1).getByRole('cell').first()).toHaveText('2')
  const lens = rows.filter({ hasText: 'thelensnola.org' })
  await expect(lens.getByRole('rowheader')).toContainText('The Lens')
  await expect(lens.getByRole('cell')).toHaveText(['2', '2', '–', '1'])
  // KTLA followed Gizmodo by 36 minutes; it has no stories of its own here, so no link.
  const ktla = rows.filter({ hasText: 'ktla.com' })
  await expect(ktla.getByRole('cell')).toHaveText(['1', '0', '+36 min', '0'])
  await expect(ktla.getByRole('link')).toHaveCount(0)

  await page.getByLabel('Sort').selectOption('lag')
  await expect(page).toHaveURL(/\/outlets\?sort=lag$/)
  await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('+36 min')
  await page.reload()
  await expect(page.getByLabel('Sort')).toHaveValue('lag')

  await rows.filter({ hasText: 'gizmodo.com' }).getByRole('link', { name: 'Gizmodo' }).click()
  await expect(page).toHaveURL(/\/\?provider=gizmodo\.com$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // Its own HTML entry, for link previews.
  const html = await (await request.get('./outlets/')).text()
  expect(html).toContain('<title>Outlets · Story Reader</title>')
  expect(html).toContain('<meta property="og:title" content="Outlets" />')
  expect(html).toContain('<meta property="og:type" content="website" />')
})
