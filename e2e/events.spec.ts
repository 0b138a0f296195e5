import type { Page } from '@playwright/test'
import { EVENTS, expect, IDS, listRows, listTitles, recordDataRequests, recordEntryRequests, test, TITLES } from './fixtures.ts'

/** The line under an event's headline: how widely it was covered, who reported it first. */
const eventSummary = (page: Page) => page.getByRole('paragraph').filter({ hasText: 'First reported by' })

test('from a story to its event, back along its story to the first report, and back', async ({ page }) => {
  await page.goto(`./story/${IDS.govtech}`)
  const partOf = page.getByRole('link', { name: TITLES.govtech, exact: true })
  await expect(page.getByRole('paragraph').filter({ has: partOf })).toContainText('Part of: New Orleans PD Using Facial Recognition Despite Earlier Denials — 3 articles from 3 outlets')
  await partOf.click()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.nola}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page).toHaveTitle(`${TITLES.govtech} · Story Reader`)
  const summary = eventSummary(page)
  await expect(summary).toContainText('3 articles from 3 outlets')
  await expect(summary).toContainText('First reported by Security')

  // The admission's first days (The Lens, NOLA.com) are an earlier event of the same story;
  // the emails in December a later one.
  const chain = page.getByRole('navigation', { name: 'Earlier in this story' })
  await expect(chain.getByRole('listitem')).toHaveCount(3)
  await expect(chain.getByRole('listitem').nth(1)).toHaveAttribute('aria-current', 'page')
  await chain.getByRole('link', { name: TITLES.lens }).click()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.admission}$`))
  await expect(summary).toContainText('2 articles from 2 outlets')
  await expect(summary).toContainText('First reported by The Lens')

  // The Lens reported first: its story opens inside the app.
  const articles = page.getByRole('list', { name: 'Articles' }).getByRole('listitem')
  await expect(articles).toHaveCount(2)
  await expect(articles.first()).toContainText('First')
  await articles.first().getByRole('link', { name: TITLES.lens }).click()
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.lens}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lens)
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.admission}$`))
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.nola}$`))
  await page.goBack()
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.govtech}$`))
})

test('an event opened from a story fetches the event’s entry for its data, and no data file', async ({ page }) => {
  await page.goto(`./story/${IDS.gizmodo}`)
  const partOf = page.getByRole('link', { name: TITLES.gizmodo, exact: true })
  await expect(partOf).toHaveAttribute('href', `/event/${EVENTS.lapd}`)
  await page.waitForLoadState('networkidle')
  const data = recordDataRequests(page)
  const entries = recordEntryRequests(page)
  await partOf.click()
  await expect(eventSummary(page)).toContainText('11 articles from 11 outlets')
  await page.waitForLoadState('networkidle')
  expect(entries).toEqual([`/event/${EVENTS.lapd}/index.html`])
  expect(data).toEqual([])
})

test('the spread chart dates its start at the left and its end at the right, apart and inside the page', async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 })
    await page.goto(`./event/${EVENTS.lapd}`)
    const figure = page.getByRole('figure')
    // The bars and the dates under them are a picture, hidden from screen readers (which get
    // the table): their layout on screen is what is measured here.
    const labels = figure.locator('[aria-hidden="true"] span').filter({ hasText: /\d/ })
    await expect(labels).toHaveCount(2)
    const [start, end] = [await labels.first().boundingBox(), await labels.last().boundingBox()]
    const bars = (await figure.locator('[aria-hidden="true"]').first().boundingBox())!
    expect(start!.x).toBeGreaterThanOrEqual(bars.x - 1)
    expect(end!.x + end!.width).toBeLessThanOrEqual(bars.x + bars.width + 1)
    expect(end!.x + end!.width).toBeLessThanOrEqual(width)
    // Side by side, or the end on its own line below: never over each other.
    const apart = start!.x + start!.width <= end!.x || start!.y + start!.height <= end!.y
    expect(apart).toBe(true)
  }
})

test('the event page, opened fresh: who was first, the lag of each report, outlets to narrow by', async ({ page }) => {
  const data = recordDataRequests(page)
  await page.goto(`./event/${EVENTS.lapd}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await expect(eventSummary(page)).toContainText('11 articles from 11 outlets')
  await expect(eventSummary(page)).toContainText('First reported by Gizmodo')
  const articles = page.getByRole('list', { name: 'Articles' }).getByRole('listitem')
  await expect(articles).toHaveCount(11)
  // KTLA came 36 minutes after Gizmodo; outside articles open at the outlet, in a new tab.
  await expect(articles.nth(1)).toContainText('+36 min')
  await expect(articles.nth(1).getByRole('link')).toHaveAttribute('target', '_blank')
  await expect(articles.last()).toContainText('+45 h')
  // The spread of the coverage, as a table for a screen reader.
  await expect(page.getByRole('table', { name: /Articles per hour/ })).toBeAttached()
  await page.waitForLoadState('networkidle')
  expect(data).toEqual([])

  const chips = page.getByRole('group', { name: 'Show only these outlets' })
  await chips.getByRole('button', { name: 'Daily Breeze' }).click()
  await expect(page).toHaveURL(/\?provider=dailybreeze\.com$/)
  await expect(articles).toHaveCount(1)
  await expect(page.getByText('Showing 1 of 11 articles.')).toBeVisible()
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
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  // The order in force is said beside the count.
  await expect(page.getByText('1 of 4 events · sorted: most outlets', { exact: true })).toBeVisible()
  await expect(page.getByLabel('Group by event')).toBeChecked()
  await expect(page.getByLabel('Covered by', { exact: true })).toHaveValue('5')
  // Only steps some event reaches: the widest has 11 outlets, so no 20+.
  await expect(page.getByLabel('Covered by', { exact: true }).getByRole('option')).toHaveText(['Any', '2+ outlets', '3+ outlets', '5+ outlets', '10+ outlets'])
  await expect(listRows(page).first()).toContainText('11 articles from 11 outlets')
  await expect(listRows(page).first()).toContainText('First: Gizmodo')

  // Without the outlet minimum, the emails come first by date; filters apply by articles.
  await page.getByLabel('Covered by', { exact: true }).selectOption('')
  await page.getByLabel('Sort').selectOption('newest')
  await expect(listTitles(page)).toHaveText([TITLES.nola, TITLES.gizmodo, TITLES.govtech, TITLES.lens])
  await page.getByLabel('To', { exact: true }).fill('2020-11-15')
  await expect(listTitles(page)).toHaveText([TITLES.lens])
  await listTitles(page).getByRole('link').click()
  await expect(page).toHaveURL(new RegExp(`/event/${EVENTS.admission}$`))

  // The same minimum works on stories: only the LAPD ban's event has 5 outlets or more.
  await page.goto('./?minOutlets=5')
  await expect(listTitles(page)).toHaveCount(2)
  await expect(page.getByRole('link', { name: TITLES.nola })).toHaveCount(0)

  // Grouped, a topic finds the events whose stories carry it.
  await page.goto('./?group=event&topic=Computer%20Vision')
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('Computer Vision')
  await expect(page.getByText('4 of 4 events', { exact: true })).toBeVisible()
  await page.goto('./?group=event&topic=Weather')
  await expect(page.getByText('0 of 4 events', { exact: true })).toBeVisible()
})

test('the timeline shows events as bars, reachable by keyboard', async ({ page }) => {
  await page.goto('./timeline?group=event')
  const bars = page.getByRole('region', { name: /^Events covered by two outlets or more/ }).getByRole('link')
  await expect(bars).toHaveCount(4)
  await expect(bars.first()).toHaveAccessibleName(/^New Orleans Police Department using facial recognition despite years of denial: 2 articles from 2 outlets, /)
  await bars.nth(2).focus()
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
