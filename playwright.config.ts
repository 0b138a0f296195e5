import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// The system Chromium (Debian's `chromium`) where it exists: these machines cannot download
// Playwright's own browser build. Elsewhere Playwright's managed browser is used.
const SYSTEM_CHROMIUM = '/usr/bin/chromium'
const PORT = Number(process.env.E2E_PORT ?? 4173)
const BASE_PATH = process.env.BASE_PATH || '/'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: existsSync(SYSTEM_CHROMIUM)
          ? {
              executablePath: SYSTEM_CHROMIUM,
              args: [
                '--no-sandbox',
                '--disable-gpu',
                '--disable-background-networking',
                '--disable-component-update',
                '--disable-sync',
                '--no-first-run',
              ],
            }
          : {},
      },
    },
  ],
  // e2e runs against the production build (`npm run build` first) served by `vite preview`.
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
