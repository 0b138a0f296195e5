import { expect, firstRowPosition, holdVirtualList, IDS, listRows, listTitles, listVirtualized, test, TITLES, VIRTUAL_LIST_CHUNK } from './fixtures.ts'

test('filter by provider through the controls, then back and forward', async ({ page }) => {
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.getByText('Outlet', { exact: true }).click()
  await page.getByRole('checkbox', { name: /Gizmodo/ }).check()
  await expect(page).toHaveURL(/\?provider=gizmodo\.com$/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await expect(page.getByText('1 of 5 stories')).toBeVisible()

  await page.getByRole('checkbox', { name: /NOLA\.com/ }).check()
  await expect(page).toHaveURL(/\?provider=gizmodo\.com&provider=nola\.com$/)
  await expect(listTitles(page)).toHaveText([TITLES.nola, TITLES.gizmodo])

  await page.goBack()
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await page.goForward()
  await expect(listTitles(page)).toHaveText([TITLES.nola, TITLES.gizmodo])
  await page.goBack()
  await page.goBack()
  await expect(listTitles(page)).toHaveCount(5)
})

test('the outlet picker stays open while choosing, and closes on Escape or a click elsewhere', async ({ page }) => {
  await page.goto('./')
  // A disclosure: its summary says what it holds ("Outlet (all)"); its `open` attribute (what a
  // screen reader says as expanded or collapsed) is the subject here.
  const button = page.getByText(/^Outlet \(/)
  const picker = page.getByRole('group').filter({ has: button })
  await button.click()
  await page.getByRole('checkbox', { name: /Gizmodo/ }).check()
  await page.getByRole('checkbox', { name: /NOLA\.com/ }).check()
  await expect(picker).toHaveAttribute('open', '')
  // Escape closes it, gives the focus back to its button, and stays on the list.
  await page.keyboard.press('Escape')
  await expect(picker).not.toHaveAttribute('open')
  await expect(button).toBeFocused()
  await expect(page).toHaveURL(/\?provider=gizmodo\.com&provider=nola\.com$/)
  // A click outside closes it too.
  await button.click()
  await expect(picker).toHaveAttribute('open', '')
  await page.getByRole('main').click({ position: { x: 5, y: 5 } })
  await expect(picker).not.toHaveAttribute('open')
})

test('a filtered URL opened in a new browser shows the same stories', async ({ page, browser }) => {
  await page.goto('./?provider=nola.com&provider=thelensnola.org')
  await expect(listTitles(page)).toHaveText([TITLES.nola, TITLES.lens])
  await page.getByText('Outlet', { exact: true }).click()
  await expect(page.getByRole('checkbox', { name: /NOLA\.com/ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /Gizmodo/ })).not.toBeChecked()

  await page.goto('./?from=2020-11-17&to=2020-11-18&minQuality=70&sort=quality')
  const expected = [TITLES.gizmodo, TITLES.breeze]
  await expect(listTitles(page)).toHaveText(expected)
  const fresh = await (await browser.newContext()).newPage()
  await fresh.goto(page.url())
  await expect(listTitles(fresh)).toHaveText(expected)
  await expect(fresh.getByLabel('From', { exact: true })).toHaveValue('2020-11-17')
  await expect(fresh.getByLabel('Quality', { exact: true })).toHaveValue('70')
})

test('date range, minimum quality, published only, sort and search through the controls', async ({ page }) => {
  await page.goto('./')
  await page.getByLabel('From', { exact: true }).fill('2020-11-17')
  await page.getByLabel('To', { exact: true }).fill('2020-11-18')
  await expect(page).toHaveURL(/from=2020-11-17&to=2020-11-18/)
  await expect(listTitles(page)).toHaveText([TITLES.breeze, TITLES.gizmodo, TITLES.govtech])

  // The steps come from this corpus's scores, named by standing.
  const quality = page.getByLabel('Quality', { exact: true })
  await expect(quality.getByRole('option')).toHaveText(['Any', 'Top 25 % (74+)', 'Top 10 % (82+)'])
  await quality.selectOption({ label: 'Top 25 % (74+)' })
  await expect(page).toHaveURL(/minQuality=74/)
  await expect(listTitles(page)).toHaveText([TITLES.breeze, TITLES.gizmodo])

  await page.getByLabel('Sort').selectOption('quality')
  await expect(page).toHaveURL(/sort=quality/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo, TITLES.breeze])

  await page.getByLabel('Only stories still on their source site').check()
  await expect(page).toHaveURL(/published=1/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])

  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page).toHaveURL(/\?sort=quality$/)
  await expect(listTitles(page)).toHaveCount(5)
  await expect(listTitles(page).first()).toHaveText(TITLES.gizmodo)

  await page.getByLabel('Search').fill('lapd')
  await expect(page).toHaveURL(/q=lapd/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo, TITLES.breeze])
  await page.getByLabel('Search').fill('moratorium')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
})

test('an empty result says so and offers to clear the filters', async ({ page }) => {
  await page.goto('./?provider=nola.com&minQuality=100')
  await expect(page.getByText('No stories match these filters.')).toBeVisible()
  await expect(page.getByText('0 of 5 stories')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).last().click()
  await expect(listTitles(page)).toHaveCount(5)
})

test('an empty search repeats the query and offers to drop the filters or everything', async ({ page }) => {
  await page.goto('./?q=moratorium&provider=nola.com')
  await expect(page.getByText('Nothing matches “moratorium” with these filters.')).toBeVisible()
  await expect(page.getByText('0 of 5 stories')).toBeVisible()
  await page.getByRole('button', { name: 'Search without the filters' }).click()
  await expect(page).toHaveURL(/\?q=moratorium$/)
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await page.goto('./?q=no-such-words-anywhere')
  await expect(page.getByText('Nothing matches “no-such-words-anywhere”.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear the search and filters' }).click()
  await expect(listTitles(page)).toHaveCount(5)
  await expect(page.getByLabel('Search')).toHaveValue('')
})

test('malformed and unknown query values are ignored', async ({ page }) => {
  await page.goto('./?from=yesterday&to=2020-02-31&minQuality=high&sort=random&provider=%3Cscript%3E&utm_source=x&published=maybe')
  await expect(listTitles(page)).toHaveCount(5)
  await expect(page.getByText('5 stories', { exact: true })).toBeVisible()
})

test('keyboard: j/k move through the list, Enter opens, Escape comes back', async ({ page }) => {
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: TITLES.nola })).toBeFocused()
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toBeFocused()
  await page.keyboard.press('k')
  await expect(page.getByRole('link', { name: TITLES.breeze })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.gizmodo}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
})

test('a failed fetch shows a retry, never a blank page', async ({ page }) => {
  let fail = true
  await page.route('**/rows/0.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()))
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText('This page could not be loaded')
  fail = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(listTitles(page)).toHaveCount(5)
})

test('at desktop width the filters stay open, with no fold button', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByText('Outlet', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden()
})

test('thumbnails and logos that fail leave no grey box: the space stays, empty, and logos become the outlet’s initial', async ({ page }) => {
  const imageRequests: string[] = []
  await page.route(/^https:\/\//, (route) => {
    imageRequests.push(route.request().url())
    return route.fulfill({ status: 404, body: '' })
  })
  // The plain first rows fail their images first; the virtualized rows that replace them
  // must start empty, neither shaded as loading nor asking for the same images again.
  const release = await holdVirtualList(page)
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await expect(listRows(page).locator('.thumb:not(.thumb-empty)')).toHaveCount(0)
  await expect(listRows(page).locator('img.provider-logo')).toHaveCount(0)
  const failedOnce = imageRequests.length
  expect(failedOnce).toBeGreaterThan(0)
  release()
  await listVirtualized(page)
  // Thumbnails and logos are decoration, hidden from screen readers: their boxes, classes and
  // computed styles are what is tested, so they are found by class within the rows.
  const thumbs = listRows(page).locator('.thumb')
  await expect(thumbs).toHaveCount(5)
  await expect(listRows(page).locator('.thumb:not(.thumb-empty)')).toHaveCount(0)
  const backgrounds = await thumbs.evaluateAll((list) => list.map((t) => getComputedStyle(t).backgroundColor))
  expect(new Set(backgrounds)).toEqual(new Set(['rgba(0, 0, 0, 0)']))
  // The box keeps its size: the rows do not reflow.
  expect((await thumbs.first().boundingBox())!.width).toBeGreaterThan(60)
  await expect(listRows(page).locator('img.provider-logo')).toHaveCount(0)
  await expect(listRows(page).locator('.provider-initial').first()).toBeVisible()
  expect(imageRequests).toHaveLength(failedOnce)
})

test('no results repeat the search and the filters, with one way to clear them and no keys to press', async ({ page }) => {
  await page.goto('./?provider=gizmodo.com&topic=AI&minQuality=90&q=police')
  await expect(page.getByText('Nothing matches “police” with these filters.')).toBeVisible()
  await expect(page.getByText('Outlet: Gizmodo · Topic: AI · Quality 90+', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Clear/ })).toHaveCount(1)
  const keysHint = page.getByText(/^Keys: j\/k move/)
  await expect(keysHint).toHaveCount(0)
  await page.getByRole('button', { name: 'Clear the search and filters' }).click()
  await expect(listTitles(page)).toHaveCount(5)
  await expect(keysHint).toBeVisible()
})

test('the first rows show, and j moves, before the virtualizer’s code arrives; the virtualized list takes over with focus kept', async ({ page }) => {
  const release = await holdVirtualList(page)
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  expect(await firstRowPosition(page)).toBe('static')
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: TITLES.breeze })).toBeFocused()
  release()
  await listVirtualized(page)
  await expect(listTitles(page)).toHaveCount(5)
  await expect(page.getByRole('link', { name: TITLES.breeze })).toBeFocused()
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toBeFocused()
})

test('a story opened from the plain first rows gives focus back to its row on Escape', async ({ page }) => {
  const release = await holdVirtualList(page)
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.breeze)
  release()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('link', { name: TITLES.breeze })).toBeFocused()
  await page.keyboard.press('j')
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toBeFocused()
})

test('the virtualizer’s code failing to load keeps the first rows, says so with a retry, which brings the list', async ({ page }) => {
  let fail = true
  await page.route(VIRTUAL_LIST_CHUNK, (route) => (fail ? route.abort() : route.continue()))
  await page.goto('./')
  await expect(page.getByRole('alert')).toContainText('the rest of the list')
  await expect(listTitles(page)).toHaveCount(5)
  fail = false
  await page.getByRole('button', { name: 'Retry' }).click()
  await listVirtualized(page)
  await expect(listTitles(page)).toHaveCount(5)
  await expect(page.getByRole('alert')).toHaveCount(0)
})
