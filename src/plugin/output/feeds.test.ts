import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import type { Story } from '../../content/types.ts'
import { createCorpusLoader } from '../corpus.ts'
import { feedFiles, FEED_SIZE, xml } from './feeds.ts'
import { resolveContentOptions } from '../options.ts'
import { sitemapFiles } from './sitemap.ts'
import { hasPage } from '../events/events.ts'
import { storyText, writeCorpus } from '../test-fixtures.ts'

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: 'text', isArray: (name) => ['entry', 'link', 'url', 'sitemap'].includes(name) })

async function corpus(count: number) {
  const files = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${i}.txt`,
      storyText({ title: `Story ${i} <b>&</b>`, url: `https://${i % 2 ? 'a' : 'b'}.com/${i}`, domain: i % 2 ? 'a.com' : 'b.com', date: new Date(Date.UTC(2020, 0, 1) + i * 3.6e6).toISOString() }),
    ]),
  )
  return createCorpusLoader(resolveContentOptions({ dir: await writeCorpus(files) }, {})).load()
}

describe('feedFiles', () => {
  it('writes Atom 1.0 for the corpus, each outlet and the events, and JSON Feed 1.1 for the corpus and the events, newest first', async () => {
    const c = await corpus(60)
    const files = feedFiles(c.newestFirst, c.grouping.groups, { siteUrl: 'https://news.example.org/', base: '/' })
    expect([...files.keys()].sort()).toEqual(['feed.json', 'feed.xml', 'outlet/a.com/feed.xml', 'outlet/b.com/feed.xml'])
    const atom = files.get('feed.xml')!
    expect(XMLValidator.validate(atom)).toBe(true)
    const feed = parser.parse(atom).feed
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toBe('https://news.example.org/feed.xml')
    expect(feed.entry).toHaveLength(FEED_SIZE)
    const first = feed.entry[0]
    expect(first.title.text).toBe('Story 59 <b>&</b>')
    expect(first.summary).toEqual({ text: 'An excerpt.', type: 'text' })
    expect(first.link.map((l: { rel: string; href: string }) => [l.rel, l.href])).toEqual([
      ['alternate', `https://news.example.org/story/${c.newestFirst[0].id}/`],
      ['related', 'https://a.com/59'],
    ])
    expect(first.author.name).toBe('Example')

    expect(parser.parse(files.get('outlet/a.com/feed.xml')!).feed.entry).toHaveLength(30)
    const json = JSON.parse(files.get('feed.json')!)
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.title).toEqual(expect.any(String))
    expect(json.items).toHaveLength(FEED_SIZE)
    for (const item of json.items) {
      // JSON Feed 1.1 requires an id and content_html or content_text.
      expect(item.id).toEqual(expect.any(String))
      expect(item.content_text).toBe('An excerpt.')
      expect(item.content_html).toBeUndefined()
    }
  })

  it('stays valid without SITE_URL: site-relative links, URN ids', async () => {
    const c = await corpus(2)
    const files = feedFiles(c.newestFirst, [], { base: '/news/' })
    const entry = parser.parse(files.get('feed.xml')!).feed.entry[0]
    expect(entry.id).toBe(`urn:story-reader:story/${c.newestFirst[0].id}`)
    expect(entry.link[0].href).toBe(`/news/story/${c.newestFirst[0].id}/`)
  })

  it('keeps any text as text: escaped, well-formed, read back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), (title, excerpt) => {
        const story = { id: 's', title, excerpt, publishedDateTime: '2020-01-01T00:00:00.000Z', webUrl: 'https://a.com/?a=1&b=2', provider: { name: title, domain: 'a.com' } } as Story
        const atom = feedFiles([story], [], { base: '/' }).get('feed.xml')!
        expect(XMLValidator.validate(atom)).toBe(true)
        const entry = new XMLParser({ ignoreAttributes: false, trimValues: false, processEntities: true, htmlEntities: true }).parse(atom).feed.entry
        const text = (node: unknown) => (typeof node === 'object' && node ? (node as { '#text'?: unknown })['#text'] ?? '' : node)
        expect(String(text(entry.summary))).toBe(excerptAsXml(excerpt))
      }),
    )
  })
})

/** What XML can hold of a string: its characters outside XML's range dropped. */
function excerptAsXml(text: string): string {
  return xml(text).replace(/&(amp|lt|gt|quot|apos|#13);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#13': '\r' })[e]!)
}

describe('sitemapFiles', () => {
  it('lists every page in files of at most the limit, with an index that robots.txt names', async () => {
    const c = await corpus(5)
    const files = sitemapFiles(c.stories.values(), c.events.values(), { siteUrl: 'https://news.example.org', base: '/' }, 3)
    const index = parser.parse(files.get('sitemap.xml')!).sitemapindex.sitemap.map((s: { loc: string }) => s.loc)
    expect(index).toEqual(['https://news.example.org/sitemap-1.xml', 'https://news.example.org/sitemap-2.xml', 'https://news.example.org/sitemap-3.xml'])
    const urls = ['sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml'].flatMap((f) => {
      expect(XMLValidator.validate(files.get(f)!)).toBe(true)
      return parser.parse(files.get(f)!).urlset.url.map((u: { loc: string }) => u.loc)
    })
    // The list, the timeline and the outlets page, the stories and the events.
    expect(urls).toHaveLength(3 + 5 + c.events.size)
    expect(urls).toContain("https://news.example.org/outlets")
    expect(urls).toContain(`https://news.example.org/story/${c.newestFirst[0].id}`)
    expect(files.get('robots.txt')).toContain('Sitemap: https://news.example.org/sitemap.xml')
  })

  it('writes no sitemap without SITE_URL, only a robots.txt that names none', async () => {
    const c = await corpus(1)
    const files = sitemapFiles(c.stories.values(), [], { base: '/' })
    expect([...files.keys()]).toEqual(['robots.txt'])
    expect(files.get('robots.txt')).toBe('User-agent: *\nAllow: /\n')
  })
})

describe('the events feed', () => {
  it('lists the events that have a page, newest first, each linking to it; no event has a feed of its own', async () => {
    const seeds = await createCorpusLoader(resolveContentOptions({ dir: new URL('../../../seeds', import.meta.url).pathname }, {})).load()
    const files = feedFiles(seeds.newestFirst, seeds.grouping.groups, { siteUrl: 'https://news.example.org', base: '/', name: 'Face Watch' })
    const feed = parser.parse(files.get('events/feed.xml')!).feed
    const paged = seeds.grouping.groups.filter(hasPage).sort((a, b) => (a.last < b.last ? 1 : -1))
    expect(paged.length).toBeGreaterThan(0)
    expect(feed.entry.map((e: { link: { href: string }[] }) => e.link[0].href)).toEqual(paged.map((g) => `https://news.example.org/event/${g.id}/`))
    expect([...files.keys()].filter((f) => f.startsWith('event/'))).toEqual([])
  })
})
