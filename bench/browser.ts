// Browser figures for one built dist/, from Playwright in Chromium against `vite preview`:
// time to the first story row, filter latency, story rows in the DOM, the tab's JS heap.
import { chromium, type Page } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from '../e2e/chromium.ts'

export interface BrowserFigures {
  firstRowMs: number
  allRowsMs: number
  filterMs: number
  rowsInDom: number
  heapMb: number
}

export async function launch() {
  return chromium.launch(chromiumLaunchOptions)
}

// In-page scripts are strings: tsx's transform would add helpers the page does not have.

/** Records, in the page, when the first story row appears (ms since navigation start). */
const FIRST_ROW_PROBE = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('.story-list > li')) {
      window.__firstRow = performance.now()
      observer.disconnect()
    }
  }).observe(document, { childList: true, subtree: true })
`

/** Ms from choosing a minimum quality to the result count changing, after the next paint. */
const FILTER_LATENCY = (value: string) => `
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
    select.value = ${JSON.stringify(value)}
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
`

export async function measureBrowser(root: string, outDir: string, port: number): Promise<BrowserFigures> {
  const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port, strictPort: true } })
  const browser = await launch()
  try {
    // The probes below are strings evaluated in the page, which the site's CSP forbids.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true })
    await page.addInitScript(FIRST_ROW_PROBE)
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction('window.__firstRow !== undefined')
    const firstRowMs = (await page.evaluate('window.__firstRow')) as number
    await page.waitForFunction(`!document.querySelector('.count')?.textContent?.includes('loading')`, null, { timeout: 120_000 })
    const allRowsMs = (await page.evaluate('performance.now()')) as number
    const rowsInDom = await page.locator('.story-list > li').count()
    const filterMs = Math.max(
      await filterLatency(page, '100'),
      await filterLatency(page, ''),
      await filterLatency(page, '60'),
      await filterLatency(page, ''),
    )
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return { firstRowMs, allRowsMs, filterMs, rowsInDom, heapMb: usedSize / 1024 / 1024 }
  } finally {
    await browser.close()
    await server.close()
  }
}

async function filterLatency(page: Page, value: string): Promise<number> {
  return (await page.evaluate(FILTER_LATENCY(value))) as number
}
