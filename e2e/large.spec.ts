import type { ProviderList, StoryTopics } from '../src/content/types.ts'
import type { Page } from '@playwright/test'
import { expect, holdVirtualList, test, listRows, listTitles, recordDataRequests, timelineBars } from './fixtures.ts'

/**
 * The rows of the unfiltered list: the only list items in the main landmark there (the outlet
 * picker's are hidden while it is closed, and no filter chip shows).
 */
const listItems = (page: Page) => page.getByRole('main').getByRole('listitem')

/** The data edition the page runs on: a head tag, never shown, so an attribute locator is the only way to it. */
const dataVersion = (page: Page) => page.locator('meta[name="reader-data"]').getAttribute('content')

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
  // The topics come with a topic filter, or once the topic filter is reached.
  expect(data).not.toContain('topics.json')
  await page.getByLabel('Topic', { exact: true }).focus()
  await expect(page.getByLabel('Topic', { exact: true }).getByRole('option', { name: /^AI \([\d,]+\)$/ })).toHaveCount(1)
  expect(data).toContain('topics.json')
})

test('End jumps to the last story, focused and not a placeholder; Home back to the first', async ({ page }) => {
  await page.goto('./')
  await expect(listTitles(page).first()).toBeVisible()
  await page.keyboard.press('End')
  // The row at position 10,000 of 10,000, as a screen reader says it: aria-posinset is the
  // subject (getByRole has no option for it), narrowed from the list's items.
  const last = listItems(page).and(page.locator('[aria-posinset="10000"]'))
  await expect(last.getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused({ timeout: 15_000 })
  // On screen too: rows measured taller than estimated grow the list under it as it lands.
  await expect(last).toBeInViewport({ ratio: 0.95 })
  // No row still a placeholder: every item of the list is a story.
  await expect(listItems(page).filter({ hasNot: page.getByRole('article') })).toHaveCount(0)
  // Home goes back to the first story, j on from it.
  await page.keyboard.press('Home')
  const first = listItems(page).and(page.locator('[aria-posinset="1"]'))
  await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused()
  await page.keyboard.press('j')
  await expect(listItems(page).and(page.locator('[aria-posinset="2"]')).getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused()
})

test('End pressed before the virtualizer’s code arrives still ends on the last story, focused', async ({ page }) => {
  const release = await holdVirtualList(page)
  await page.goto('./')
  await expect(listTitles(page).first()).toBeVisible()
  await page.keyboard.press('End')
  release()
  const last = listItems(page).and(page.locator('[aria-posinset="10000"]'))
  await expect(last.getByRole('heading', { level: 2 }).getByRole('link')).toBeFocused({ timeout: 15_000 })
  await expect(last).toBeInViewport({ ratio: 0.95 })
  // That jump was one key's: back at the top, a filter leaves the page there.
  await page.keyboard.press('Home')
  await page.getByLabel('Quality', { exact: true }).selectOption({ index: 1 })
  await expect(page).toHaveURL(/minQuality=/)
  await expect(listItems(page).and(page.locator('[aria-posinset="1"]'))).toBeInViewport()
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(1000)
})

test('one outlet shows its exact count, from the columns', async ({ page, request }) => {
  await page.goto('./')
  const version = await dataVersion(page)
  const providers = (await (await request.get(`./data/${version}/providers.json`)).json()) as ProviderList
  const outlet = providers[3]
  await page.goto(`./?provider=${outlet.domain}`)
  await expect(page.getByText(`${outlet.count.toLocaleString('en')} of 10,000 stories`)).toBeVisible()
  await expect(listRows(page).first().getByText(outlet.name)).toBeVisible()
})

test('a rare topic, far down the corpus’s long tail, filters the list from a story’s link', async ({ page, request }) => {
  await page.goto('./')
  const version = await dataVersion(page)
  const topics = (await (await request.get(`./data/${version}/topics.json`)).json()) as StoryTopics
  // The rarest topic: far beyond the 31 the filter lists.
  const t = topics.names.length - 1
  const name = topics.names[t]
  expect(t).toBeGreaterThan(100)
  const count = topics.stories.filter((ts) => ts.includes(t)).length
  await page.goto(`./?topic=${encodeURIComponent(name)}`)
  await expect(page.getByText(`${count} of 10,000 stories`)).toBeVisible()
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue(name)
  // From one of its stories, the chip leads back to the same list.
  await listTitles(page).first().getByRole('link').click()
  await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name }).click()
  await expect(page.getByText(`${count} of 10,000 stories`)).toBeVisible()
})

test('during a search the topic filter counts the results per topic, and choosing one gives that count', async ({ page }) => {
  await page.goto('./?q=council')
  await expect(page.getByText(/^[\d,]+ of 10,000 stories$/)).toBeVisible()
  const select = page.getByLabel('Topic', { exact: true })
  await select.focus()
  // Counted options arrive once the filter is reached.
  const privacy = select.getByRole('option', { name: /^Privacy \([\d,]+\)$/ })
  await expect(privacy).toHaveCount(1)
  const count = (await privacy.textContent())!.match(/\(([\d,]+)\)/)![1]
  await select.selectOption('Privacy')
  await expect(page).toHaveURL(/topic=Privacy/)
  await expect(page.getByText(`${count} of 10,000 stories`)).toBeVisible()
})

test('a search finds one story among 10,000 by a word only it has', async ({ page }) => {
  await page.goto('./?q=4242')
  await expect(page.getByText('1 of 10,000 stories')).toBeVisible()
  await expect(listTitles(page)).toHaveCount(1)
  // The <mark> highlight is the subject (and Playwright's getByRole has no mark role); the word
  // is marked as written, its brackets aside.
  await expect(listTitles(page).first().locator('mark')).toHaveText('4242')
})

test.describe('on a phone, over 10,000 stories spanning five years', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

  test('unfolding the filters loads the topic counts, so the first tap on Topic shows them', async ({ page }) => {
    await page.goto('./')
    await expect(listTitles(page).first()).toBeVisible()
    await page.getByRole('button', { name: 'Filters' }).tap()
    await expect(page.getByLabel('Topic', { exact: true }).getByRole('option', { name: /^AI \([\d,]+\)$/ })).toHaveCount(1)
  })

  test('no page scrolls sideways: the list, the timeline, a story, its event, saved stories', async ({ page }) => {
    const fits = async () => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.waitForLoadState('networkidle')
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
    await page.goto('./')
    await expect(listTitles(page).first()).toBeVisible()
    await fits()
    const story = await listTitles(page).first().getByRole('link').getAttribute('href')
    await page.goto('./timeline')
    // The chart fits its width at any span: wider buckets, bars of 24 px or more.
    await expect(timelineBars(page).first()).toBeVisible()
    const widths = await timelineBars(page).evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width))
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(24)
    await fits()
    await page.goto(story!)
    await fits()
    // The story's event: the link in its "Part of:" line.
    const event = page.getByRole('paragraph').filter({ hasText: /^Part of:/ }).getByRole('link')
    if (await event.count()) {
      await event.click()
      await fits()
    }
    await page.goto('./saved')
    await fits()
  })
})
