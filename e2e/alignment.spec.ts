import type { Locator } from '@playwright/test'
import { EVENTS, expect, IDS, test } from './fixtures.ts'

// At 1280 px the controls of a row line up: one height, one baseline, no range broken in two.
test.use({ viewport: { width: 1280, height: 900 } })

const edges = (controls: Locator) =>
  controls.evaluateAll((els) => els.map((e) => ({ top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom })))

test('the filter controls share one height and one baseline, and the panel stays low', async ({ page }) => {
  await page.goto('./')
  const bar = page.getByRole('search', { name: 'Filter stories' })
  await expect(bar.getByLabel('Sort')).toBeVisible()
  // The outlet picker, the topic, the dates, quality, sort and outlets covered: one row.
  const boxes = await edges(bar.locator('.filter-controls').locator('select, input[type="date"], summary'))
  expect(boxes.length).toBeGreaterThanOrEqual(7)
  for (const box of boxes) {
    expect(Math.abs(box.bottom - boxes[0].bottom)).toBeLessThanOrEqual(2)
    expect(Math.abs(box.top - boxes[0].top)).toBeLessThanOrEqual(2)
  }
  // Labels above the fields, on one line each, at one height.
  const labels = await edges(bar.locator('.filter-controls .field > label'))
  for (const label of labels) expect(Math.abs(label.top - labels[0].top)).toBeLessThanOrEqual(2)
  // Each yes-or-no filter's label on one line.
  for (const check of await bar.locator('.filter-checks label').all()) {
    expect(await check.evaluate((e) => e.getClientRects().length === 1 && e.getBoundingClientRect().height < 30)).toBe(true)
  }
  expect((await bar.boundingBox())!.height).toBeLessThan(220)
})

test('on a story page Save is as tall as the actions beside it', async ({ page }) => {
  await page.goto(`./story/${IDS.govtech}/`)
  const read = page.getByRole('link', { name: /^Read at/ })
  const save = page.getByRole('button', { name: 'Save', exact: true })
  const copy = page.getByRole('button', { name: 'Copy link' })
  const [r, s, c] = [await read.boundingBox(), await save.boundingBox(), await copy.boundingBox()]
  expect(Math.abs(s!.height - r!.height)).toBeLessThanOrEqual(1)
  expect(Math.abs(c!.height - r!.height)).toBeLessThanOrEqual(1)
  expect(Math.abs(s!.y - r!.y)).toBeLessThanOrEqual(1)
})

test('an event’s date range stays on one line', async ({ page }) => {
  await page.goto(`./event/${EVENTS.emails}/`)
  const range = page.locator('.event-summary .nowrap')
  await expect(range).toHaveText(/^Dec 14 – 16, 2020$/)
  expect(await range.evaluate((e) => e.getClientRects().length)).toBe(1)
})

test('the timeline’s first entry is on the first screen', async ({ page }) => {
  await page.goto('./timeline')
  const first = page.locator('.timeline-item').first()
  await expect(first).toBeVisible()
  expect((await first.boundingBox())!.y + 40).toBeLessThan(900)
})
