import { expect, IDS, listTitles, recordDataRequests, recordEntryRequests, test, TITLES, layoutShift, watchLayoutShift } from './fixtures.ts'

test('the story page shows every field, and its coverage leads on inside the app', async ({ page }) => {
  await page.goto(`./story/${IDS.govtech}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page).toHaveTitle(`${TITLES.govtech} · Story Reader`)
  // Quality as the story's standing in the corpus, the score beside it; no heat for a story without one.
  await expect(page.getByText('Lower half quality (59)', { exact: true })).toBeVisible()
  await expect(page.getByText(/^Heat\b/)).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Topics' })).toContainText('Computer Vision')
  const read = page.getByRole('link', { name: 'Read at Government Technology' })
  await expect(read).toHaveAttribute('href', /^https:\/\/www\.govtech\.com\//)
  await expect(read).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(read).toHaveAttribute('target', '_blank')
  await expect(page.getByRole('link', { name: 'AMP version' })).toHaveAttribute('href', /\?AMP$/)

  const coverage = page.getByRole('region', { name: 'Related articles' })
  // Grouped by day, the first eight, then the rest on demand.
  await expect(coverage.getByRole('listitem')).toHaveCount(8)
  await expect(coverage.getByRole('heading', { level: 3 }).first()).toBeVisible()
  const showAll = coverage.getByRole('button', { name: /^Show all \d+$/ })
  const total = Number((await showAll.innerText()).replace(/\D+/g, ''))
  expect(total).toBeGreaterThan(8)
  expect(total).toBeLessThanOrEqual(14)
  await showAll.click()
  await expect(coverage.getByRole('listitem')).toHaveCount(total)
  const outside = coverage.getByRole('link', { name: /Resisting the rise of facial recognition/ })
  await expect(outside).toHaveAttribute('target', '_blank')
  await coverage.getByRole('link', { name: TITLES.gizmodo, exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`/story/${IDS.gizmodo}$`))
  await expect(page.getByText('Heat 112', { exact: true })).toBeVisible()

  // The backlink: the Gizmodo story is listed by the govtech and Daily Breeze stories.
  const coveredBy = page.getByRole('region', { name: 'Linked from' })
  await expect(coveredBy.getByRole('link')).toHaveText([TITLES.govtech, TITLES.breeze])
  await coveredBy.getByRole('link', { name: TITLES.breeze }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.breeze)
})

test('previous and next story by date', async ({ page }) => {
  await page.goto(`./story/${IDS.govtech}`)
  const nav = page.getByRole('navigation', { name: 'Stories by date' })
  await nav.getByRole('link', { name: /^Later/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await nav.getByRole('link', { name: /^Earlier/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await nav.getByRole('link', { name: /^Earlier/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lens)
  await expect(nav.getByRole('link', { name: /^Earlier/ })).toHaveCount(0)
})

test('the copy-link button copies the story URL', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`./story/${IDS.nola}`)
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
})

test('where the device has a share sheet, the button shares the story', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shared: ShareData[] }
    w.__shared = []
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void w.__shared.push(data) })
  })
  await page.goto(`./story/${IDS.nola}`)
  await page.getByRole('button', { name: 'Share' }).click()
  expect(await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared)).toEqual([{ title: TITLES.nola, url: page.url() }])
  await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0)
})

test('Escape on a story opened directly goes to the list', async ({ page }) => {
  await page.goto(`./story/${IDS.lens}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.lens)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
})

test('the per-story HTML carries the story’s Open Graph tags', async ({ request }) => {
  const response = await request.get(`./story/${IDS.govtech}/index.html`)
  expect(response.ok()).toBe(true)
  const html = await response.text()
  expect(html).toContain(`<title>${TITLES.govtech} · Story Reader</title>`)
  expect(html).toContain(`<meta property="og:title" content="${TITLES.govtech}" />`)
  expect(html).toMatch(/<meta property="og:description" content="Despite earlier claims by officials[^"]*" \/>/)
  expect(html).toContain('<meta property="og:image" content="https://media2.govtech.com/images/shutterstock_1392652700.jpg" />')
})

test('a deep link to the story page works from its own HTML entry', async ({ page }) => {
  await page.goto(`./story/${IDS.nola}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.nola)
})

test('a story page opened from its link needs only its own HTML: its data is inside, no other file is fetched', async ({ page }) => {
  const data = recordDataRequests(page)
  const entries = recordEntryRequests(page)
  // With the slash, as a static host redirects to: `vite preview` answers without it with the shell.
  await page.goto(`./story/${IDS.govtech}/`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page.getByRole('link', { name: /^Read at/ })).toHaveAttribute('href', /^https:\/\/www\.govtech\.com\//)
  await page.waitForLoadState('networkidle')
  expect(data).toEqual([])
  expect(entries).toEqual([])
})

test('a story opened from the list fetches its entry, once, and nothing of the corpus beyond the list’s', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('link', { name: TITLES.govtech })).toBeVisible()
  await page.waitForLoadState('networkidle')
  const data = recordDataRequests(page)
  const entries = recordEntryRequests(page)
  await page.getByRole('link', { name: TITLES.govtech }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('listitem').first()).toBeVisible()
  await page.waitForLoadState('networkidle')
  // Beyond its entry, only what the steps to the list's previous and next story need.
  expect(data.filter((file) => file !== 'keys.json' && !file.startsWith('rows/'))).toEqual([])
  await page.goBack()
  await page.getByRole('link', { name: TITLES.govtech }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  await page.waitForLoadState('networkidle')
  // Opened again, it comes from memory.
  expect(entries).toEqual([`/story/${IDS.govtech}/index.html`])
})

for (const [width, height] of [[1280, 900], [360, 740]]) {
  test(`a story whose image fails keeps its bounded box, shows whose it is, and its main action is on the first screen (${width}×${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height })
    await page.route(/\.(jpe?g|png|gif|webp)(\?.*)?$/i, (route) => route.fulfill({ status: 404, body: '' }))
    await watchLayoutShift(page)
    // The seeds' story with the longest title above its image, and one that is not on its site.
    for (const [id, outlet] of [[IDS.govtech, 'Government Technology'], [IDS.gizmodo, 'Gizmodo']]) {
      await page.goto(`./story/${id}`)
      await expect(page.getByText(`${outlet} · image unavailable`)).toBeVisible()
      await page.waitForLoadState('networkidle')
      const action = (await page.getByRole('link', { name: `Read at ${outlet}` }).boundingBox())!
      expect(action.y + action.height).toBeLessThanOrEqual(height)
      expect(await layoutShift(page)).toBeLessThan(0.05)
    }
  })
}

test('from a story to every story of its topic, and of its outlet', async ({ page }) => {
  await page.goto(`./story/${IDS.gizmodo}`)
  await page.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Computer Vision' }).click()
  await expect(page).toHaveURL(/\/\?topic=Computer\+Vision$/)
  await expect(page.getByLabel('Topic', { exact: true })).toHaveValue('Computer Vision')
  await expect(page.getByLabel('Topic', { exact: true }).getByRole('option', { selected: true })).toHaveText('Computer Vision (5)')
  await expect(page.getByText('5 of 5 stories')).toBeVisible()
  // The topic combines with the other filters, and its counts follow them.
  await page.goto('./?topic=computer+vision&provider=gizmodo.com')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo])
  await expect(page.getByLabel('Topic', { exact: true }).getByRole('option', { selected: true })).toHaveText('Computer Vision (1)')
  // A topic the corpus does not have matches nothing, and says so.
  await page.goto('./?topic=Weather')
  await expect(page.getByText('No stories match these filters.')).toBeVisible()

  await page.goto(`./story/${IDS.govtech}`)
  // The outlet's name above the headline links to its stories.
  await page.getByRole('link', { name: 'Government Technology', exact: true }).click()
  await expect(page).toHaveURL(/\/\?provider=govtech\.com$/)
  await expect(listTitles(page)).toHaveText([TITLES.govtech])
})

test('Previous and Next step through the list the reader came from; opened fresh, by date', async ({ page }) => {
  await page.goto('./?sort=quality&topic=AI')
  await expect(listTitles(page)).toHaveText([TITLES.gizmodo, TITLES.nola, TITLES.breeze, TITLES.govtech, TITLES.lens])
  await page.getByRole('link', { name: TITLES.breeze }).click()
  const steps = page.getByRole('navigation', { name: 'Stories in your list' })
  await expect(steps.getByRole('link', { name: /^Previous in your list/ })).toContainText(TITLES.nola)
  await steps.getByRole('link', { name: /^Next in your list/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.govtech)
  // Still in the same list, one further on.
  await expect(steps.getByRole('link', { name: /^Next in your list/ })).toContainText(TITLES.lens)
  await expect(steps.getByRole('link', { name: /Previous in your list/ })).toContainText(TITLES.breeze)

  await page.goto(`./story/${IDS.breeze}`)
  await expect(page.getByRole('navigation', { name: 'Stories in your list' })).toHaveCount(0)
  await expect(page.getByRole('navigation', { name: 'Stories by date' }).getByRole('link', { name: /^Later/ })).toContainText(TITLES.nola)
})

test('a story’s related count is one number on its row and on its page (a syndicated copy once)', async ({ page }) => {
  await page.goto('./')
  const row = page.getByRole('main').getByRole('article').filter({ hasText: TITLES.breeze })
  // Its file lists 14, one a copy of another: 13 on the row, 13 on the page.
  await expect(row.getByText('13 related articles', { exact: true })).toBeVisible()
  await row.getByRole('link', { name: TITLES.breeze }).click()
  await expect(page.getByRole('region', { name: 'Related articles' }).getByRole('button', { name: 'Show all 13' })).toBeVisible()
})
