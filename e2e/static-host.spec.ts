import path from 'node:path'
import type { Server } from 'node:http'
import { expect, listTitles, test } from './fixtures.ts'
import { serveStatic } from './static-host.ts'

// dist/ as a static host serves it with the build's own _headers (e2e/static-host.ts), not
// vite preview's: the app loads under that policy with no violation, the caching rules
// hold, and a new deploy reaches an open tab through the service worker.
test.use({ serviceWorkers: 'allow' })

const PORT = 4185 + Number(process.env.E2E_PORT_OFFSET ?? 0)
const root = path.resolve(import.meta.dirname, '..')
let server: Server | undefined
const serve = async (dist: string) => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = await serveStatic(path.join(root, dist), PORT)
}
test.afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)))
  server = undefined
})

test('the app loads under the headers the build wrote, with no Content-Security-Policy violation, and a new deploy is offered', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('__violation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { __violation: (v: string) => void }).__violation(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await serve('dist')
  const response = await page.goto(`http://127.0.0.1:${PORT}/`)
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(response?.headers()['cache-control']).toBe('no-cache')
  await expect(listTitles(page)).toHaveCount(5)
  // A search and a story, under the same policy.
  await page.getByLabel('Search').fill('facial')
  await expect(listTitles(page).first().locator('mark').first()).toBeVisible()
  await listTitles(page).first().getByRole('link').click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  const asset = await page.request.get(`http://127.0.0.1:${PORT}/sw.js`)
  expect(asset.headers()['cache-control']).toBe('no-cache')
  const script = (await page.locator('script[type="module"]').first().getAttribute('src'))!
  expect((await page.request.get(`http://127.0.0.1:${PORT}${script}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable')
  const missing = await page.request.get(`http://127.0.0.1:${PORT}/no/such/page`)
  expect(missing.status()).toBe(404)
  expect(violations).toEqual([])

  // The service worker controls the tab; a new edition deployed under it is offered.
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true)
  await page.goto(`http://127.0.0.1:${PORT}/`)
  await expect(listTitles(page)).toHaveCount(5)
  await serve('dist-hostile')
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
  await expect(page.getByRole('status').filter({ hasText: 'A new edition is available.' })).toHaveCount(1, { timeout: 15_000 })
  expect(violations).toEqual([])
})
