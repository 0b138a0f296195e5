import { expect, IDS, test, timelineBars, timelineEntries, TITLES } from './fixtures.ts'

test('the timeline tells the story over time, with related coverage marked', async ({ page }) => {
  await page.goto('./timeline')
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  const days = page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('heading', { level: 2 })
  await expect(days.first()).toHaveText(/Nov 11, 2020|11 Nov 2020/)
  await expect(days.last()).toHaveText(/Dec 16, 2020|16 Dec 2020/)
  // An entry that opens an outlet's page (not a story of this reader) is marked as related coverage.
  await expect(timelineEntries(page).filter({ has: page.getByRole('link', { name: /\(opens .+ in a new tab\)$/ }) }).first()).toContainText('Related article')
  await expect(page.getByRole('link', { name: TITLES.govtech })).toHaveAttribute('href', new RegExp(`/story/${IDS.govtech}$`))

  // Choosing a day narrows the view, and the choice is in the URL.
  await page.getByRole('button', { name: /Nov 18, 2020: \d+ articles|18 Nov 2020: \d+ articles/ }).click()
  await expect(page).toHaveURL(/from=2020-11-18&to=2020-11-18/)
  await expect(days).toHaveCount(1)
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toBeVisible()
  await expect(page.getByRole('link', { name: TITLES.lens })).toHaveCount(0)

  // Only the corpus's own stories.
  await page.getByLabel('Include related articles').uncheck()
  await expect(page).toHaveURL(/related=0/)
  await expect(timelineEntries(page)).toHaveCount(2)

  // Choosing the selected day again widens back; back restores it.
  await page.getByRole('button', { name: /Nov 18, 2020|18 Nov 2020/, pressed: true }).click()
  await expect(timelineEntries(page)).toHaveCount(5)
  await page.goBack()
  await expect(timelineEntries(page)).toHaveCount(2)
})

test('the timeline follows the same URL filters as the list', async ({ page }) => {
  await page.goto('./timeline?provider=nola.com&provider=thelensnola.org&related=0')
  await expect(timelineEntries(page).getByRole('link')).toHaveText([TITLES.lens, TITLES.nola])
  await page.getByRole('link', { name: 'Stories', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
})

test('the chart is one Tab stop, and the arrow keys move between its bars', async ({ page }) => {
  await page.goto('./timeline?related=0')
  const bars = timelineBars(page)
  // The roving tabindex is the subject: one bar, and only one, is in the Tab order.
  const tabStop = bars.and(page.locator('[tabindex="0"]'))
  await expect(bars.first()).toBeVisible()
  expect(await bars.count()).toBeGreaterThan(3)
  await expect(tabStop).toHaveCount(1)
  // Tab from the last control before the chart lands on its one tabbable bar.
  await page.getByLabel('Include related articles').focus()
  await page.keyboard.press('Tab')
  await expect(tabStop).toBeFocused()
  await page.keyboard.press('Home')
  await expect(bars.first()).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(bars.nth(1)).toBeFocused()
  await page.keyboard.press('End')
  await expect(bars.last()).toBeFocused()
  // The next Tab leaves the chart.
  await page.keyboard.press('Tab')
  // Focus is the subject: no bar of the chart holds it.
  await expect(bars.and(page.locator(':focus'))).toHaveCount(0)
  // Shift+Tab comes back to the bar last focused, not the first.
  await page.keyboard.press('Shift+Tab')
  await expect(bars.last()).toBeFocused()
  // Enter on a bar with stories narrows the view to it.
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/from=2020-11-/)
})
