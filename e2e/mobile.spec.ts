import { EVENTS, expect, IDS, listRows, listTitles, listVirtualized, test, timelineBars, TITLES, layoutShift, watchLayoutShift } from './fixtures.ts'

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true })

for (const path of ['./', `./story/${IDS.govtech}`, './timeline', `./event/${EVENTS.lapd}`, './?group=event', './timeline?group=event', './saved', './?q=zzzz&provider=gizmodo.com&topic=AI']) {
  test(`${path} fits a 360 px screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
}

test('on a phone, filter and open a story', async ({ page }) => {
  await page.goto('./')
  // The filters fold behind one button: the first screen shows the search and the stories.
  await expect(page.getByText('Outlet', { exact: true })).toBeHidden()
  await expect(listTitles(page).first()).toBeInViewport()
  const toggle = page.getByRole('button', { name: 'Filters', exact: true })
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.tap()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await page.getByText('Outlet', { exact: true }).tap()
  await page.getByRole('checkbox', { name: /Daily Breeze/ }).tap()
  await expect(listTitles(page)).toHaveText([TITLES.breeze])
  await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible()
  await page.getByRole('link', { name: TITLES.breeze }).tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.breeze)
})

test('back from a story lands where the reader left the list', async ({ page }) => {
  await page.goto('./')
  await listVirtualized(page)
  const last = page.getByRole('link', { name: TITLES.lens })
  await last.scrollIntoViewIfNeeded()
  const scrolled = await page.evaluate(() => window.scrollY)
  expect(scrolled).toBeGreaterThan(300)
  await last.tap()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lens)
  await page.goBack()
  await expect(last).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50)
})

test('the timeline’s bars are tap targets of 24 px or more, and fit the screen', async ({ page }) => {
  await page.goto('./timeline')
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  const bars = timelineBars(page)
  await expect(bars.first()).toBeVisible()
  const widths = await bars.evaluateAll((list) => list.map((b) => b.getBoundingClientRect().width))
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(24)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await expect(page.getByText('Stories and related articles per week.', { exact: false })).toBeVisible()
})

test('with filters set, the results bar wraps as whole controls, each label on one line, and says the order in force', async ({ page }) => {
  await page.goto('./?provider=gizmodo.com&sort=quality&minQuality=50')
  const count = page.getByText('1 of 5 stories · sorted: quality', { exact: true })
  await expect(count).toBeVisible()
  for (const control of [count, page.getByRole('link', { name: 'Subscribe to Gizmodo' }), page.getByRole('button', { name: 'Mark all as read' }), page.getByRole('button', { name: 'Clear filters' })]) {
    // The lines its text takes: the distinct tops of the text's boxes.
    const lines = await control.evaluate((el) => {
      const range = document.createRange()
      range.selectNodeContents(el)
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size
    })
    expect(lines).toBe(1)
  }
})

for (const images of ['failing', 'loading']) {
  test(`the first screen of the list shows three story titles at the row's full width, and nothing moves as images come (${images})`, async ({ page }) => {
    // Outlets' images often fail (hotlink protection, dead links), and a phone's list shows none.
    const requested: string[] = []
    page.on('request', (r) => requested.push(r.url()))
    if (images === 'failing') await page.route(/\.(jpe?g|png|gif|webp)(\?.*)?$/i, (route) => route.fulfill({ status: 404, body: '' }))
    await watchLayoutShift(page)
    await page.goto('./')
    await expect(listTitles(page)).toHaveCount(5)
    await page.waitForLoadState('networkidle')
    const tops = await listTitles(page).evaluateAll((titles) => titles.map((t) => t.getBoundingClientRect().top))
    expect(tops[2]).toBeLessThan(740)
    // The title runs the row's width, the excerpt two lines at most.
    const row = listRows(page).first()
    const [rowBox, titleBox] = [await row.boundingBox(), await listTitles(page).first().boundingBox()]
    expect(titleBox!.width).toBeGreaterThan(rowBox!.width - 8)
    expect(await layoutShift(page)).toBeLessThan(0.01)
    // Nor does the phone download the thumbnails it does not show.
    const thumbnails = await listRows(page).locator('.thumb img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src))
    expect(thumbnails.length).toBeGreaterThan(0)
    expect(requested.filter((url) => thumbnails.includes(url))).toEqual([])
  })
}
