import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromium.ts'

// E2E_PORT_OFFSET moves every server's port, so two checkouts can run their suites at once.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0)
const PORT = 4173 + offset
const SUBPATH_PORT = 4175 + offset
const HOSTILE_PORT = 4177 + offset
const LARGE_PORT = 4179 + offset
const chromium = { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions }
/**
 * `E2E_PROJECT=chromium` runs one project and starts only its server, so one spec runs
 * on the seeds' build alone: `npm run build && E2E_PROJECT=chromium npx playwright test e2e/story.spec.ts`.
 */
const only = process.env.E2E_PROJECT
const wanted = <T extends { name: string }>(items: T[]) => items.filter((item) => !only || item.name === only)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  // Service workers are blocked except in offline.spec.ts: elsewhere the tests route and
  // count the page's own requests, which a worker's cache would answer instead.
  use: { trace: 'retain-on-failure', serviceWorkers: 'block' },
  projects: wanted([
    {
      name: 'chromium',
      testIgnore: /(subpath|hostile|large)\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}/` },
    },
    {
      // The same app built with `--base /news/` (npm run build:subpath), as on a sub-path host.
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${SUBPATH_PORT}/news/` },
    },
    {
      // The seeds plus hostile stories and bad files (npm run build:hostile).
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${HOSTILE_PORT}/` },
    },
    {
      // 10,000 synthetic stories (built by npm run test:budgets into dist-large/).
      name: 'large',
      testMatch: /large\.spec\.ts/,
      use: { ...chromium, baseURL: `http://127.0.0.1:${LARGE_PORT}/` },
    },
  ]),
  // e2e runs against the production builds (`npm run build`, `build:subpath`, `build:hostile`, and
  // dist-large/ from `test:budgets`) served by `vite preview`.
  webServer: wanted([
    {
      name: 'chromium',
      command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'subpath',
      command: `npx vite preview --base /news/ --outDir dist-subpath --port ${SUBPATH_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/news/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'hostile',
      command: `npx vite preview --outDir dist-hostile --port ${HOSTILE_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'large',
      command: `npx vite preview --outDir dist-large --port ${LARGE_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${LARGE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ]),
})
