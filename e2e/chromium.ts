// The browser every Playwright run here uses (tests, screenshots, benchmark): Debian's
// Chromium where it is installed, since these machines cannot download Playwright's own
// build; Playwright's managed Chromium elsewhere (e2e/ensure-browser.ts installs it).
import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

export const chromiumLaunchOptions: LaunchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      // Without the background-networking flags Chromium keeps dialling out, and this
      // machine's closed network refuses each attempt.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    }
  : {}
