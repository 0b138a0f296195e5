// `npm run icons`: draws the web app icons in public/, with the same Chromium the tests use
// (no image tool needed). From the site owner's own icon when there is one (public/icon.svg
// or public/icon.png, or the file ICON names), else from the default design in the colour
// ICON_COLOR (default #1d4ed8), which also becomes public/favicon.svg.
//   pwa-192.png, pwa-512.png: the rounded square, as the favicon
//   maskable-512.png: full-bleed, the glyph inside the 80 % safe zone a launcher may crop to
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.ts'

const BLUE = process.env.ICON_COLOR ?? '#1d4ed8'
if (!/^#[0-9a-f]{3,8}$/i.test(BLUE)) throw new Error(`ICON_COLOR must be a hex colour like #1d4ed8, not ${BLUE}`)
const GLYPH = '<path d="M8 9h16v3H8zm0 6h16v3H8zm0 6h10v3H8z" fill="#fff"/>'
const publicDir = path.resolve(import.meta.dirname, '..', 'public')

const own = [process.env.ICON, path.join(publicDir, 'icon.svg'), path.join(publicDir, 'icon.png')].find((f) => f && existsSync(f))
// The owner's icon as an image (data URL: the page has no file access), or the default design.
const ownImage = own && `data:${own.endsWith('.svg') ? 'image/svg+xml' : 'image/png'};base64,${readFileSync(own).toString('base64')}`
const image = (inset: number) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><image href="${ownImage}" x="${inset}" y="${inset}" width="${32 - 2 * inset}" height="${32 - 2 * inset}"/></svg>`

const designed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BLUE}"/>${GLYPH}</svg>`
// The glyph spans 8..24 of 32; scaled by 0.75 about the centre it stays within the safe circle.
const designedMaskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${BLUE}"/><g transform="translate(16 16) scale(0.75) translate(-16 -16.5)">${GLYPH}</g></svg>`

// The owner's icon fills the rounded square; in the maskable one it keeps to the safe zone.
const rounded = ownImage ? image(0) : designed
const maskable = ownImage ? image(3.2) : designedMaskable
if (!ownImage) writeFileSync(path.join(publicDir, 'favicon.svg'), `${designed}\n`)
console.log(own ? `from ${path.relative(process.cwd(), own)}` : `the default design in ${BLUE}`)

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
