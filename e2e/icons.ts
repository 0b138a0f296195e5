// `npm run icons`: draws the web app icons in public/ from the favicon's design, with the
// same Chromium the tests use (no image tool needed). Run it after changing the favicon.
//   pwa-192.png, pwa-512.png: the rounded square, as the favicon
//   maskable-512.png: full-bleed, the glyph inside the 80 % safe zone a launcher may crop to
import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'

const BLUE = '#1d4ed8'
const GLYPH = '<path d="M8 9h16v3H8zm0 6h16v3H8zm0 6h10v3H8z" fill="#fff"/>'
const publicDir = path.resolve(import.meta.dirname, '..', 'public')

const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/>${GLYPH}</svg>`
// The glyph spans 8..24 of 32; scaled by 0.75 about the centre it stays within the safe circle.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16.5)">${GLYPH}</g></svg>`

const browser = await chromium.launch(chromiumLaunchOptions)
const page = await browser.newPage()
for (const [file, svg, size] of [
  ['pwa-192.png', rounded, 192],
  ['pwa-512.png', rounded, 512],
  ['maskable-512.png', maskable, 512],
] as const) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
  await page.screenshot({ path: path.join(publicDir, file), omitBackground: true })
  console.log(`public/${file}`)
}
await browser.close()
