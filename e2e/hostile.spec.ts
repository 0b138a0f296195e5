import type { Page } from '@playwright/test'
import { PLAYER_ORIGIN } from '../src/shared/csp.ts'
import { expect, listRows, listTitles, test } from './fixtures.ts'
import { LONG_TITLE, MARKUP_TITLE, XSS_TITLE } from './hostile/stories.ts'

// Against dist-hostile/: the seeds plus hostile stories and bad files.

/** Fails the test on any dialog, and records CSP violations the page reports. */
async function guard(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog fired: ${dialog.message()}`)
  })
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
}

/** Nothing live and unsafe in the rendered page. */
async function expectSafe(page: Page) {
  const report = await page.evaluate((player) => {
    const all = [...document.querySelectorAll('*')]
    return {
      unsafeLinks: [...document.querySelectorAll('a[href]')]
        .map((a) => (a as HTMLAnchorElement).href)
        .filter((href) => !/^https?:/.test(href)),
      foreignFrames: [...document.querySelectorAll('iframe')].map((f) => f.src).filter((src) => !src.startsWith(player + '/embed/')),
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      // Inline script is forbidden; JSON-LD and the page's data are data, which the browser never runs.
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && s.type !== 'application/ld+json' && s.type !== 'application/json').length,
      csp: (window as unknown as { __csp: string[] }).__csp,
    }
  }, PLAYER_ORIGIN)
  expect(report).toEqual({ unsafeLinks: [], foreignFrames: [], handlers: [], scripts: 0, csp: [] })
}

test('the list, the timeline and every story page load with nothing live and unsafe', async ({ page }) => {
  await guard(page)
  await page.goto('./')
  await expect(page.getByRole('link', { name: XSS_TITLE, exact: true })).toBeVisible()
  await expectSafe(page)
  const hrefs = await listTitles(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(hrefs).toHaveLength(9)

  await page.goto('./timeline')
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  await expectSafe(page)

  for (const href of hrefs) {
    await page.goto('.' + href)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForLoadState('networkidle')
    await expectSafe(page)
  }
})

test('markup in a story shows as text, and unsafe values are gone', async ({ page }) => {
  await guard(page)
  await page.goto('./')
  await page.getByRole('link', { name: XSS_TITLE, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE)
  await expect(page).toHaveTitle(`${XSS_TITLE} · Story Reader`)
  await expect(page.getByText("<script>alert('excerpt')</script>", { exact: false })).toBeVisible()
  await expect(page.getByText('<b onmouseover=alert(1)>Evil</b>').first()).toBeVisible()
  // webUrl was javascript:, so "Read at" falls back to the safe originalUrl.
  await expect(page.getByRole('link', { name: /^Read at/ })).toHaveAttribute('href', 'https://evil.example/story')
  await expect(page.getByRole('link', { name: 'AMP version' })).toHaveCount(0)
  // No frame of any kind: the iframe element itself is the subject.
  await expect(page.locator('iframe')).toHaveCount(0)
  const coverage = page.getByRole('region', { name: 'Related articles' })
  await expect(coverage.getByRole('listitem')).toHaveCount(2)
  await expect(coverage.getByText('<a href=javascript:alert(1)>click</a>')).toBeVisible()
  await coverage.getByRole('link', { name: 'An in-corpus link' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/The LAPD Just Banned/)
  await expectSafe(page)
})

test('a video plays only through the allow-listed player, built from its id', async ({ page }) => {
  await guard(page)
  await page.goto('./story/2020-11-20-a-video-with-a-handler-in-its-embed')
  // The frame's own attributes (its player address, its permissions) are the subject.
  const frame = page.locator('iframe')
  await expect(frame).toHaveAttribute('src', `${PLAYER_ORIGIN}/embed/dQw4w9WgXcQ`)
  await expect(frame).not.toHaveAttribute('allow', /camera/)
  // A plain link stays beside the frame, for a frame that cannot load.
  await expect(page.getByRole('link', { name: /Watch the video on YouTube/ }).first()).toHaveAttribute('href', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ')
  await expectSafe(page)
})

test('offline, a video is a plain link, not a broken frame', async ({ page, context }) => {
  await page.goto('./story/2020-11-20-a-video-with-a-handler-in-its-embed')
  // Whether there is a frame at all is the subject: the iframe element.
  await expect(page.locator('iframe')).toHaveCount(1)
  await context.setOffline(true)
  await expect(page.locator('iframe')).toHaveCount(0)
  // The link in a paragraph of its own, not the fallback line under a frame.
  await expect(
    page.getByRole('paragraph').filter({ hasNotText: 'If the video does not play here' }).getByRole('link', { name: /Watch the video on YouTube/ }),
  ).toBeVisible()
})

test('the built HTML carries the Content-Security-Policy, and preview sends it too', async ({ request }) => {
  for (const path of ['./', './story/2020-11-20-a-video-with-a-handler-in-its-embed/index.html']) {
    const response = await request.get(path)
    const html = await response.text()
    expect(html).toMatch(/<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;;/)
    expect(html).not.toMatch(/<script(?![^>]*\b(src=|type="application\/(ld\+)?json"))[^>]*>/)
    expect(response.headers()['content-security-policy']).toContain(`frame-src ${PLAYER_ORIGIN}`)
  }
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })
  test('a long unbroken title wraps without widening the page', async ({ page }) => {
    await page.goto('./')
    await expect(page.getByRole('link', { name: LONG_TITLE })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.getByRole('link', { name: LONG_TITLE }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})

test('a search result shows a title’s markup and ampersand as text, its match marked', async ({ page }) => {
  await guard(page)
  await page.goto('./?q=surveillance')
  const title = listTitles(page).first()
  await expect(title).toHaveText(MARKUP_TITLE)
  // The <mark> highlight, and that the title's markup made no <b> or <i> element, are the subject: tag locators.
  await expect(title.locator('mark')).toHaveText('Surveillance')
  await expect(title.locator('b, i')).toHaveCount(0)
  // The excerpt: the row's paragraph under its title.
  const excerpt = listRows(page).first().getByRole('paragraph').first()
  await expect(excerpt).toContainText('&amp; more, with <em>markup</em>')
  await expect(excerpt.getByRole('emphasis')).toHaveCount(0)
  await expectSafe(page)
})

test('a story page’s structured data holds the hostile title as data, with no CSP violation', async ({ page }) => {
  await guard(page)
  const response = await page.goto('./story/2020-11-19-img-src-x-onerror-alert-1/')
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  // The structured data is a script block for search engines, not for the page's reader: the tag is the subject.
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents()
  expect(blocks).toHaveLength(1)
  const data = JSON.parse(blocks[0]) as { '@type': string; headline: string }
  expect(data['@type']).toBe('NewsArticle')
  expect(data.headline).toBe(XSS_TITLE)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE)
  await expectSafe(page)
})

test('a story that lists no related articles shows no such section, and its row counts none', async ({ page }) => {
  await guard(page)
  await page.goto('./?q=surveillance')
  await expect(listRows(page).first()).not.toContainText('related article')
  await listTitles(page).first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(MARKUP_TITLE)
  await expect(page.getByRole('heading', { name: 'Related articles' })).toHaveCount(0)
  await expect(page.getByText('lists no related articles')).toHaveCount(0)
})
