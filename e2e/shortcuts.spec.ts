import { expect, IDS, test, TITLES } from './fixtures.ts'

test('? opens the keyboard help; Escape closes it and gives focus back', async ({ page }) => {
  await page.goto(`./story/${IDS.gizmodo}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  const link = page.getByRole('link', { name: 'Timeline' })
  await link.focus()
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help).toBeVisible()
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused()
  await expect(help).toContainText('Go to the timeline')
  // Focus stays in the dialog: Tab cannot leave it for the page behind.
  await page.keyboard.press('Tab')
  expect(await page.evaluate(() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body)).toBe(true)
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(link).toBeFocused()
  // Escape closed the help only: the story is still open.
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.gizmodo}$`))
})

test('/ focuses the search box, and keys typed there stay text', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
  await page.keyboard.press('/')
  const box = page.getByLabel('Search')
  await expect(box).toBeFocused()
  await page.keyboard.type('gt')
  await expect(box).toHaveValue('gt')
  await expect(page).toHaveURL(/\/(\?q=gt)?$/)
})

test('g then t goes to the timeline, g then s back to the stories', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('t')
  await expect(page).toHaveURL(/\/timeline$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.keyboard.press('g')
  await page.keyboard.press('s')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
  // t alone does nothing.
  await page.keyboard.press('t')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
})
