import { EVENTS, expect, IDS, listTitles, recordDataRequests, test, TITLES } from './fixtures.ts'

test('from a story to its event, on to another outlet’s story, and back', async ({ page }) => {
  await page.goto(`./story/${IDS.govtech}`)
  const partOf = page.getByRole('link', { name: TITLES.govtech, exact: true })
  await expect(page.locator('.part-of')).toContainText('Part of: New Orleans PD Using Facial Recognition Despite Earlier Denials — 5 articles from 5 outlets')
  await partOf.click()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.nola}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page).toHaveTitle(`${TITLES.govtech} · Story Reader`)
  await expect(page.locator('.event-summary')).toContainText('5 articles from 5 outlets')
  await expect(page.locator('.event-summary')).toContainText('First reported by The Lens')

  // The Lens reported first: its story opens inside the app.
  const articles = page.locator('.event-articles > li')
  await expect(articles).toHaveCount(5)
  await expect(articles.first()).toContainText('First')
  await articles.first().getByRole('link', { name: TITLES.lens }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lens)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.nola}$`))
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.govtech}$`))
})

test('the event page, opened fresh: who was first, the lag of each report, outlets to narrow by', async ({ page }) => {
  const data = recordDataRequests(page)
  await page.goto(`./event/${EVENTS.lapd}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await expect(page.locator('.event-summary')).toContainText('12 articles from 12 outlets')
  await expect(page.locator('.event-summary')).toContainText('First reported by Gizmodo')
  const articles = page.locator('.event-articles > li')
  await expect(articles).toHaveCount(12)
  // KTLA came 36 minutes after Gizmodo; outside articles open at the outlet, in a new tab.
  await expect(articles.nth(1)).toContainText('+36 min')
  await expect(articles.nth(1).getByRole('link')).toHaveAttribute('target', '_blank')
  await expect(articles.last()).toContainText('+45 h')
  // The spread of the coverage, as a table for a screen reader.
  await expect(page.getByRole('table', { name: /Articles per hour/ })).toBeAttached()
  await page.waitForLoadState('networkidle')
  expect(data).toEqual([`event/${EVENTS.lapd}.json`])

  const chips = page.getByRole('group', { name: 'Show only these outlets' })
  await chips.getByRole('button', { name: 'Daily Breeze' }).click()
  await expect(page).toHaveURL(/\?provider=dailybreeze\.com$/)
  await expect(articles).toHaveCount(1)
  await expect(page.getByText('Showing 1 of 12 articles.')).toBeVisible()
  await page.reload()
  await expect(articles).toHaveCount(1)
  await expect(chips.getByRole('button', { name: 'Daily Breeze' })).toHaveAttribute('aria-pressed', 'true')
})

test('each event has an HTML entry with its Open Graph tags, and a deep link works from it', async ({ page, request }) => {
  const response = await request.get(`./event/${EVENTS.emails}/index.html`)
  expect(response.ok()).toBe(true)
  const html = await response.text()
  expect(html).toContain(`<title>${TITLES.nola} · Story Reader</title>`)
  expect(html).toContain(`<meta property="og:title" content="${TITLES.nola}" />`)
  expect(html).toContain('<meta property="og:description" content="4 articles from 4 outlets, first reported by The Lens on 2020-12-14." />')
  await page.goto(`./event/${EVENTS.emails}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.nola)
  await page.goto('./event/no-such-event')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found')
  await expect(page.getByText('There is no event at this address.')).toBeVisible()
})

test('the list grouped by event, widest coverage first, from the URL', async ({ page }) => {
  await page.goto('./?group=event&minOutlets=5&sort=coverage')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Events')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo, TITLES.govtech])
  await expect(page.locator('.count')).toHaveText('2 of 3 events')
  await expect(page.getByLabel('Group by event')).toBeChecked()
  await expect(page.getByLabel('Covered by', { exact: true })).toHaveValue('5')
  await expect(page.locator('.event-row').first()).toContainText('12 articles from 12 outlets')
  await expect(page.locator('.event-row').first()).toContainText('First: Gizmodo')

  // Without the outlet minimum, the emails come first by date; filters apply by articles.
  await page.getByLabel('Covered by', { exact: true }).selectOption('')
  await page.getByLabel('Sort').selectOption('newest')
  await expect(listTitles(page)).toHaveText([TITLES.nola, TITLES.gizmodo, TITLES.govtech])
  await page.getByLabel('To', { exact: true }).fill('2020-11-16')
  await expect(listTitles(page)).toHaveText([TITLES.govtech])
  await listTitles(page).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.nola}$`))

  // The same minimum works on stories: the NOLA emails story's event has 4 outlets.
  await page.goto('./?minOutlets=5')
  await expect(listTitles(page)).toHaveCount(4)
  await expect(page.getByRole('link', { name: TITLES.nola })).toHaveCount(0)

  // Grouped, a topic finds the events whose stories carry it.
  await page.goto('./?group=event&topic=Computer%20Vision')
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('Computer Vision')
  await expect(page.locator('.count')).toHaveText('3 of 3 events')
  await page.goto('./?group=event&topic=Weather')
  await expect(page.locator('.count')).toHaveText('0 of 3 events')
})

test('the timeline shows events as bars, reachable by keyboard', async ({ page }) => {
  await page.goto('./timeline?group=event')
  const bars = page.getByRole('list').filter({ has: page.locator('.event-bar') }).getByRole('link')
  await expect(bars).toHaveCount(3)
  await expect(bars.first()).toHaveAccessibleName(/^New Orleans PD Using Facial Recognition Despite Earlier Denials: 5 articles from 5 outlets, /)
  await bars.nth(1).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.lapd}$`))
})

test('on a story page, e opens its event', async ({ page }) => {
  await page.goto(`./story/${IDS.breeze}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.breeze)
  await page.keyboard.press('e')
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.lapd}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
})
