import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, IDS, listRows, listTitles, test, timelineBars, timelineEntries, TITLES } from './fixtures.ts'

/** The list's title links muted as read: the class `read` (the muted look) is the subject, so it stays a class locator. */
const readTitles = (page: Page) => listTitles(page).locator('a.read')

// What this device remembers: stories read, stories saved; no account.

test('a story opened is marked read in the list; unread=1 and "Mark all as read" follow', async ({ page }) => {
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await expect(readTitles(page)).toHaveCount(0)
  await page.getByRole('link', { name: TITLES.gizmodo }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await page.goBack()
  // Muted, and said to screen readers.
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toHaveClass(/read/)
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toHaveAccessibleDescription('Read')
  await expect(readTitles(page)).toHaveCount(1)

  await page.getByLabel('Unread only').check()
  await expect(page).toHaveURL(/unread=1/)
  await expect(listTitles(page)).toHaveCount(4)
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toHaveCount(0)
  await page.reload()
  await expect(listTitles(page)).toHaveCount(4)

  // For the current filter only: one outlet's stories, then all.
  await page.goto('./?provider=govtech.com')
  await page.getByRole('button', { name: 'Mark all as read' }).click()
  await expect(readTitles(page)).toHaveCount(1)
  await page.goto('./?unread=1')
  await expect(listTitles(page)).toHaveCount(3)
  await page.getByRole('button', { name: 'Mark all as read' }).click()
  await expect(page.getByText('No stories match these filters.')).toBeVisible()
})

test('the timeline follows "Unread only" too: its entries and its chart', async ({ page }) => {
  await page.goto('./timeline?related=0')
  await expect(timelineEntries(page)).toHaveCount(5)
  // What each bar counts, as its accessible name says it.
  const bars = async () => timelineBars(page).evaluateAll((all) => all.map((b) => b.getAttribute('aria-label')).join('|'))
  const before = await bars()
  await page.getByRole('link', { name: TITLES.gizmodo }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLES.gizmodo)
  await page.goBack()
  await page.getByLabel('Unread only').check()
  await expect(page).toHaveURL(/unread=1/)
  await expect(timelineEntries(page)).toHaveCount(4)
  await expect(page.getByRole('link', { name: TITLES.gizmodo })).toHaveCount(0)
  // The chart counts the same stories.
  expect(await bars()).not.toBe(before)
})

test('saved stories: Save on a story and on a row (key s), /saved after a reload, export and import on another device', async ({ page, browser, baseURL }) => {
  await page.goto(`./story/${IDS.nola}`)
  const save = page.getByRole('article', { name: TITLES.nola }).getByRole('button', { name: 'Save' })
  await expect(save).toHaveAttribute('aria-pressed', 'false')
  await save.click()
  await expect(save).toHaveAttribute('aria-pressed', 'true')

  // On the list, j focuses a row and s saves it.
  await page.goto('./')
  await expect(listTitles(page)).toHaveCount(5)
  await page.keyboard.press('j')
  await page.keyboard.press('j')
  const second = listRows(page).nth(1)
  await expect(second.getByRole('link').first()).toBeFocused()
  await page.keyboard.press('s')
  await expect(second.getByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'true')
  const secondTitle = await second.getByRole('heading', { level: 2 }).innerText()

  await page.reload()
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Saved' }).click()
  await expect(page).toHaveURL(/\/saved$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Saved stories' })).toBeVisible()
  // Newest saved first.
  await expect(listTitles(page)).toHaveText([secondTitle, TITLES.nola])

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export' }).click()
  const file = await (await downloading).path()
  expect(JSON.parse(await readFile(file, 'utf8')).saved).toHaveLength(2)

  // Another device: a fresh browser context, nothing saved, then the file imported.
  const other = await browser.newContext({ baseURL, serviceWorkers: 'block' })
  const there = await other.newPage()
  await there.goto('./saved')
  await expect(there.getByText('Nothing saved yet.')).toBeVisible()
  await there.getByLabel('Import…').setInputFiles(file)
  await expect(there.getByRole('status').filter({ hasText: 'Imported 2 saved stories' })).toBeVisible()
  await expect(listTitles(there)).toHaveText([secondTitle, TITLES.nola])
  // The read marks came along: the story opened on the first device is read here too.
  await expect(there.getByRole('link', { name: TITLES.nola })).toHaveAccessibleDescription('Read')
  // Unsaving takes it off the page.
  await listRows(there).first().getByRole('button', { name: 'Save' }).click()
  await expect(listTitles(there)).toHaveText([TITLES.nola])
  await other.close()
})

test('a saved story no longer in the corpus says so instead of vanishing; a bad import file is refused', async ({ page }) => {
  await page.addInitScript(() => {
    const row = { id: '2019-01-01-gone-story', title: 'A story the corpus dropped', webUrl: 'https://gone.example/2019/story', publishedDateTime: '2019-01-01T00:00:00Z', provider: 'gone.example', providerName: 'Gone', quality: 10, heat: null, type: 'article', published: true, relatedCount: 0, event: 'x', eventOutlets: 1 }
    // An imported file may carry anything: a script address is never linked.
    const hostile = { ...row, id: '2019-01-02-hostile', title: 'A hostile row', webUrl: 'javascript:alert(1)', publishedDateTime: '2019-01-02T00:00:00Z' }
    const saved = [row, hostile].map((r) => ({ row: r, savedAt: '2026-01-01T00:00:00Z' }))
    if (!localStorage.getItem('story-reader:v1:saved')) localStorage.setItem('story-reader:v1:saved', JSON.stringify(saved))
  })
  await page.goto('./saved')
  await expect(listTitles(page)).toHaveText(['A story the corpus dropped', 'A hostile row'])
  await expect(page.getByText('No longer in this reader’s stories')).toHaveCount(2)
  await expect(listTitles(page).getByRole('link')).toHaveCount(0)
  // Where it can still be read: at its outlet, in a new tab.
  await expect(listRows(page).getByRole('link', { name: /\(opens in a new tab\)$/ })).toHaveCount(1)
  await expect(page.getByRole('link', { name: /^Read at Gone/ })).toHaveAttribute('href', 'https://gone.example/2019/story')
  // The address itself is the subject: no link anywhere points at a script.
  await expect(page.locator('a[href^="javascript"]')).toHaveCount(0)
  // And its own address says the same.
  await page.goto('./story/2019-01-01-gone-story')
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()
  await expect(page.getByRole('link', { name: /^Read at Gone/ })).toHaveAttribute('href', 'https://gone.example/2019/story')
  await page.goto('./saved')

  await page.getByLabel('Import…').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') })
  await expect(page.getByRole('status').filter({ hasText: 'This file is not an export of saved stories and read marks.' })).toBeVisible()
})
