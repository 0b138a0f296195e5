// Browser figures for one built dist/, from Playwright in Chromium against `vite preview`:
// what the list downloads open and idle and after choosing one outlet, filter latency,
// scrolling to the last story, the tab's JS heap, and what a first and a later search cost.
// Bytes are each response's body gzipped (level 9), as a host serving gzip would send it.
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from '../e2e/chromium.ts'
import { gzipSize } from './sizes.ts'

export interface BrowserFigures {
  firstRowMs: number
  /** Everything the list downloaded, JavaScript included, 10 s after it was opened. */
  idleKb: number
  filterMs: number
  /** Added by choosing one outlet (the second largest), and the count it then shows. */
  outletKb: number
  outletCount: string
  /** From jumping to the end of the list to its last story shown, no placeholder left. */
  scrollEndMs: number
  rowsInDom: number
  heapMb: number
  /** A broad first search and a specific later one: bytes and time to rows on screen. */
  search: { query: string; kb: number; ms: number }[]
}

export async function launch() {
  return chromium.launch(chromiumLaunchOptions)
}

/** Gzipped bytes of every response since the last `take()`. */
function recordBytes(page: Page) {
  let pending: Promise<number>[] = []
  page.on('response', (r) => pending.push(r.body().then(gzipSize, () => 0)))
  return async () => {
    const sizes = await Promise.all(pending)
    pending = []
    return sizes.reduce((a, b) => a + b, 0) / 1024
  }
}

// In-page scripts are strings: tsx's transform would add helpers the page does not have.

/** Records, in the page, when the first story row appears (ms since navigation start). */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.story-list > li .story-row-title')) {
      window.__firstRow = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

/** Ms from choosing a minimum quality (its option at `option`: 0 is Any) to the result count changing, after the next paint. */
const FILTER_LATENCY = (option: number) => `
  new Promise((resolve) => {
    const select = document.querySelector('select[id$="-quality"]')
    const count = document.querySelector('.count')
    const before = count.textContent
    const start = performance.now()
    new MutationObserver((_, o) => {
      if (count.textContent !== before) {
        o.disconnect()
        requestAnimationFrame(() => resolve(performance.now() - start))
      }
    }).observe(count, { childList: true, subtree: true, characterData: true })
    select.value = select.options[${option} < 0 ? select.options.length + ${option} : ${option}].value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
`

/** The list shows real rows only: the count is final and no placeholder is left on screen. */
const SETTLED = `!document.querySelector('.count')?.textContent?.includes('oading') && !!document.querySelector('.story-list .story-row-title') && !document.querySelector('.story-list .row-placeholder')`

export async function measureBrowser(root: string, outDir: string, port: number, queries: [string, string]): Promise<BrowserFigures> {
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true } })
  const browser = await launch()
  try {
    // The probes below are strings evaluated in the page, which the site's CSP forbids.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    // A step that cannot happen (a renamed control) fails the run instead of hanging it.
    page.setDefaultTimeout(120_000)
    const take = recordBytes(page)
    await page.addInitScript(FIRST_ROW_PROBE)
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction('window.__firstRow !== undefined')
    const firstRowMs = (await page.evaluate('window.__firstRow')) as number
    await page.waitForTimeout(10_000)
    const idleKb = await take()

    const filterMs = Math.max(
      // The quality steps come from the corpus: its top 10 % (the last option), then its top half.
      await filterLatency(page, -1),
      await filterLatency(page, 0),
      await filterLatency(page, 1),
      await filterLatency(page, 0),
    )
    await page.waitForFunction(SETTLED, null, { timeout: 60_000 })
    await take()

    await page.locator('.provider-picker summary').click()
    await page.locator('.provider-panel input[type=checkbox]').nth(1).check()
    await page.waitForFunction(SETTLED, null, { timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    const outletCount = (await page.locator('.count').textContent()) ?? ''
    const outletKb = await take()
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await page.locator('.provider-picker summary').click()
    await page.waitForFunction(SETTLED, null, { timeout: 60_000 })

    const scrollStart = performance.now()
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)')
    await page.waitForFunction(
      `(() => { const last = document.querySelector('.story-list > li:last-child'); return last && last.getAttribute('aria-posinset') === last.getAttribute('aria-setsize') && ${SETTLED} })()`,
      null,
      { timeout: 60_000, polling: 50 },
    )
    const scrollEndMs = performance.now() - scrollStart
    const rowsInDom = await page.locator('.story-list > li').count()

    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')

    await page.evaluate('window.scrollTo(0, 0)')
    await take()
    const search: BrowserFigures['search'] = []
    for (const query of queries) {
      const start = performance.now()
      await page.getByLabel('Search').fill(query)
      await page.waitForURL((url) => url.searchParams.get('q') === query)
      await page.waitForFunction(SETTLED, null, { timeout: 120_000, polling: 20 })
      const ms = performance.now() - start
      await page.waitForLoadState('networkidle')
      search.push({ query, kb: await take(), ms })
    }
    return { firstRowMs, idleKb, filterMs, outletKb, outletCount, scrollEndMs, rowsInDom, heapMb: usedSize / 1024 / 1024, search }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function filterLatency(page: Page, option: number): Promise<number> {
  return (await page.evaluate(FILTER_LATENCY(option))) as number
}
