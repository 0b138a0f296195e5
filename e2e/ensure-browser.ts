// Before the e2e tests: use the system Chromium where there is one (these CI machines
// cannot download Playwright's browser build); elsewhere, e.g. on a laptop, make sure
// Playwright's own Chromium is installed, so `npm install && npm test` is all it takes.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { SYSTEM_CHROMIUM } from './chromium.ts'

if (!existsSync(SYSTEM_CHROMIUM) && !existsSync(chromium.executablePath())) {
  console.log('No system Chromium: installing Playwright’s Chromium (once).')
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' })
}
