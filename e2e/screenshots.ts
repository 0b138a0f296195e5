// `npm run screenshots`: the pages as a person sees them, at phone and desktop widths,
// light and dark, from the production build (run `npm run build` first). PNGs land in
// docs/screenshots/.
import { mkdir } from 'node:fs/promises'
import { chromium } from '@playwright/test'
import { preview } from 'vite'
import { chromiumLaunchOptions } from './chromium.ts'

const pages = [
  ['list', ''],
  ['search', '?q=police+banning&provider=gizmodo.com&provider=thelensnola.org'],
  ['story', 'story/2020-11-17-new-orleans-pd-using-facial-recognition-despite-earlier'],
  ['timeline', 'timeline'],
  ['event', 'event/2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party'],
  ['event-chain', 'event/2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier'],
  ['outlets', 'outlets'],
  ['events-list', '?group=event&sort=coverage'],
  ['timeline-events', 'timeline?group=event'],
  ['saved', 'saved'],
  ['not-found', 'story/no-such-story'],
  // The outlet's image refused (hotlink protection, a dead link): the page as it then looks.
  ['story-image-failed', 'story/2020-11-12-new-orleans-police-department-using-facial-recognition'],
]
const widths = [360, 1280]
const schemes = ['light', 'dark'] as const

const server = await preview({ preview: { port: 4174, strictPort: true } })
const base = server.resolvedUrls!.local[0]
const browser = await chromium.launch(chromiumLaunchOptions)
await mkdir('docs/screenshots', { recursive: true })
for (const width of widths) {
  for (const colorScheme of schemes) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, serviceWorkers: 'block' })
    // A reader who has read and saved a story or two: the list and /saved show it.
    for (const story of ['story/2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails', 'story/2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party']) {
      await page.goto(base + story)
      await page.getByRole('button', { name: 'Save', exact: true }).click()
    }
    for (const [name, path] of pages) {
      const failImages = name === 'story-image-failed'
      if (failImages) await page.route(/\.(jpe?g|png|gif|webp)(\?.*)?$/i, (route) => route.fulfill({ status: 404, body: '' }))
      await page.goto(base + path)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await page.waitForLoadState('networkidle')
      await page.screenshot({ path: `docs/screenshots/${name}-${width}-${colorScheme}.png`, fullPage: true })
      if (failImages) await page.unrouteAll()
    }
    await page.close()
  }
}
await browser.close()
await server.close()
console.log(`screenshots written to docs/screenshots/ (${pages.length * widths.length * schemes.length} files)`)
