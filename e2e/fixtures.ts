import { test as base, expect, type Page } from '@playwright/test'

// Shared ids and helpers of the e2e journeys.
export const IDS = {
  govtech: '2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier',
  gizmodo: '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party',
  breeze: '2020-11-18-lapd-bars-detectives-use-of-clearview-ai-facial-recognition',
  nola: '2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails',
  lens: '2020-11-12-new-orleans-police-department-using-facial-recognition',
}

export const TITLES = {
  govtech: 'New Orleans PD Using Facial Recognition Despite Earlier Denials',
  gizmodo: 'The LAPD Just Banned Its Officers From Using Third-Party Facial Recognition Software',
  breeze: 'LAPD bars detectives’ use of Clearview AI facial recognition system',
  nola: 'NOPD has used facial recognition since at least 2018, emails reveal',
  lens: 'New Orleans Police Department using facial recognition despite years of denial',
}

export const EVENTS = {
  /** The NOPD admission: The Lens and NOLA.com (12–13 Nov), then three outlets (16–17 Nov). */
  admission: '2020-11-12-new-orleans-police-department-using-facial-recognition',
  nola: '2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier',
  lapd: '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party',
  emails: '2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails',
}

/** The virtualized list's code, loaded after the list's plain first rows. */
export const VIRTUAL_LIST_CHUNK = /\/assets\/virtual-list-[^/]+\.js$/

/** Holds the virtualized list's code back until the returned function is called: call before `goto`. */
export async function holdVirtualList(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(VIRTUAL_LIST_CHUNK, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/** How the list's first row is placed: `static` in the plain first rows, `absolute` once virtualized. */
export const firstRowPosition = (page: Page) => page.locator('#stories > li').first().evaluate((li) => getComputedStyle(li).position)

/** Waits for the list to be virtualized: its plain first rows are replaced once, when that code arrives. */
export async function listVirtualized(page: Page) {
  await expect.poll(() => firstRowPosition(page)).toBe('absolute')
}

/** The data files the page fetches from now on (paths under `data/<version>/`), in order. */
export function recordDataRequests(page: Page): string[] {
  const data: string[] = []
  page.on('request', (r) => {
    const match = /\/data\/[^/]+\/(.+)$/.exec(new URL(r.url()).pathname)
    if (match) data.push(match[1])
  })
  return data
}

/** Sums the page's unexpected layout shifts (CLS's parts) from its first paint on: call before `goto`. */
export async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number }
    w.__shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__shift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** The layout shift summed since `watchLayoutShift`. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift)
}

/** Paths of the story and event entries the app fetches for their data (not navigations). */
export function recordEntryRequests(page: Page): string[] {
  const entries: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (!r.isNavigationRequest() && /\/(story|event)\/[^/]+\/index\.html$/.test(path)) entries.push(path)
  })
  return entries
}

/** The list's rows (stories, events, saved stories), in order: each is an article. */
export function listRows(page: Page) {
  return page.getByRole('main').getByRole('article')
}

/** The titles of the list's rows, in order: each row's heading. */
export function listTitles(page: Page) {
  return listRows(page).getByRole('heading', { level: 2 })
}

/** The timeline's entries (stories and related articles), in order: the items under each day's heading. */
export function timelineEntries(page: Page) {
  return page.getByRole('region', { name: 'Timeline', exact: true }).getByRole('region').getByRole('listitem')
}

/** The timeline's bars, one per day (or week, month…): the buttons of the chart. */
export function timelineBars(page: Page) {
  return page.getByRole('figure', { name: /Choose a bar to narrow the view\.$/ }).getByRole('button')
}

export const test = base.extend<{ consoleErrors: string[] }>({
  // Every journey also fails on an uncaught page error or a console error.
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('pageerror', (e) => errors.push(e.message))
      page.on('console', (m) => {
        // Offline machines cannot load the outlets' images: that is not the app's error.
        if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text())
      })
      await use(errors)
      expect(errors).toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
