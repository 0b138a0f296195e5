import { expect, test } from '@playwright/test'
import { listTitles, timelineEntries } from './fixtures.ts'

const SEED_TITLES = [
  'New Orleans PD Using Facial Recognition Despite Earlier Denials',
  'New Orleans Police Department using facial recognition despite years of denial',
  'NOPD has used facial recognition since at least 2018, emails reveal',
  'The LAPD Just Banned Its Officers From Using Third-Party Facial Recognition Software',
  'LAPD bars detectives’ use of Clearview AI facial recognition system',
]

test('the list shows the five seed stories, newest first', async ({ page }) => {
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
  for (const title of SEED_TITLES) await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible()
  const links = listTitles(page).getByRole('link')
  await expect(links).toHaveCount(5)
  await expect(links.first()).toHaveText(SEED_TITLES[2])
  await expect(links.last()).toHaveText(SEED_TITLES[1])
})

test('a story opened from the list and the same URL in a fresh page show the same story', async ({ page, browser }) => {
  await page.goto('./')
  await page.getByRole('link', { name: SEED_TITLES[3], exact: true }).click()
  await expect(page).toHaveURL(/\/story\/2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[3])
  await expect(page).toHaveTitle(new RegExp(SEED_TITLES[3]))
  const url = page.url()

  const fresh = await (await browser.newContext()).newPage()
  await fresh.goto(url)
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[3])
  await expect(fresh.getByText('Gizmodo').first()).toBeVisible()
  await fresh.reload()
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[3])
})

test('the govtech story’s related link leads, inside the app, to the Gizmodo story', async ({ page }) => {
  await page.goto('./story/2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[0])
  const related = page.getByRole('link', { name: SEED_TITLES[3], exact: true })
  await expect(related).not.toHaveAttribute('target', '_blank')
  await related.click()
  await expect(page).toHaveURL(/\/story\/2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLES[3])
  // Outside links go to the outlet, in a new tab, without referrer or opener.
  await page.goBack()
  const outside = page.getByRole('link', { name: /Resisting the rise of facial recognition/ })
  await expect(outside).toHaveAttribute('href', 'https://www.nature.com/articles/d41586-020-03188-2')
  await expect(outside).toHaveAttribute('rel', 'noopener noreferrer')
})

test('the timeline lists the stories by date', async ({ page }) => {
  await page.goto('./timeline')
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.getByLabel('Include related articles').uncheck()
  const links = timelineEntries(page).getByRole('link')
  await expect(links).toHaveCount(5)
  await expect(links.first()).toHaveText(SEED_TITLES[1])
  await expect(links.last()).toHaveText(SEED_TITLES[2])
})

test('an unknown story id and an unknown path show not-found', async ({ page }) => {
  await page.goto('./story/1999-01-01-no-such-story')
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  await expect(page.getByText('There is no story at this address')).toBeVisible()
  await page.goto('./no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Browse all stories' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible()
})
