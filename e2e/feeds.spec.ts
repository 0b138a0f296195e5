import { XMLParser } from 'fast-xml-parser'
import { expect, test } from './fixtures.ts'

// The built feeds, as a feed reader fetches them from the production build.

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link'].includes(name) })

test('the feeds parse and every entry links to a page that exists', async ({ request }) => {
  for (const folder of ['', 'outlet/nola.com/', 'events/']) {
    const atom = parser.parse(await (await request.get(`./${folder}feed.xml`)).text()).feed
    expect(atom.entry.length).toBeGreaterThan(0)
    const urls: string[] = atom.entry.map((e: { link: { rel: string; href: string }[] }) => e.link[0].href)
    // JSON Feed for the site and the events; an outlet's feed is Atom alone.
    const json = await request.get(`./${folder}feed.json`)
    if (folder.startsWith('outlet/')) expect(json.headers()['content-type']).not.toContain('json')
    else {
      const feed = await json.json()
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
      expect(feed.items.map((i: { url: string }) => i.url)).toEqual(urls)
    }
    for (const url of urls) {
      const page = await request.get('.' + url)
      expect(page.status(), url).toBe(200)
      expect(await page.text()).toContain('<meta name="reader-data"')
    }
  }
})

test('every page advertises the feeds, and one outlet’s list offers its own', async ({ page }) => {
  await page.goto('./?provider=nola.com')
  // Head tags, for feed readers and browsers, not for the page's reader: the tags are the subject.
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/feed.xml')
  await expect(page.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute('href', '/feed.json')
  const subscribe = page.getByRole('link', { name: 'Subscribe to NOLA.com' })
  await expect(subscribe).toHaveAttribute('href', '/outlet/nola.com/feed.xml')
  const feed = await page.request.get('./outlet/nola.com/feed.xml')
  expect(parser.parse(await feed.text()).feed.entry).toHaveLength(1)
})

test('the not-found page asks search engines not to index it', async ({ request }) => {
  expect(await (await request.get('./404.html')).text()).toContain('<meta name="robots" content="noindex" />')
})
