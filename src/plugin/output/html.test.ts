import { describe, expect, it } from 'vitest'
import { eventHtml, jsonLd, siteHead, storyHtml } from './html.ts'
import type { NewsEvent, Story } from '../../content/types.ts'

const template = `<!doctype html><html><head><meta name="description" content="Site" /><title>Story Reader</title></head><body><div id="root"></div></body></html>`
const story = {
  id: '2020-11-17-a-story',
  title: 'A "story" <img src=x onerror=alert(1)>',
  excerpt: 'Short & sweet.',
  publishedDateTime: '2020-11-17T22:37:00.000Z',
  images: [{ url: 'https://img.example/a.jpg', width: 939, height: 630 }],
  provider: { name: 'Outlet', domain: 'outlet.example' },
  webUrl: 'https://outlet.example/a-story',
} as Story

/** The JSON-LD block of a page, parsed. */
function structuredData(html: string): unknown {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  expect(blocks).toHaveLength(1)
  return JSON.parse(blocks[0][1])
}

describe('the story’s structured data', () => {
  it('is a NewsArticle with headline, date, publisher, image, its URL and the original', () => {
    const html = storyHtml(template, story, { siteUrl: 'https://news.example/', base: '/reader/' })
    expect(structuredData(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.title,
      description: 'Short & sweet.',
      datePublished: '2020-11-17T22:37:00.000Z',
      publisher: { '@type': 'Organization', name: 'Outlet', url: 'https://outlet.example/' },
      image: ['https://img.example/a.jpg'],
      url: 'https://news.example/reader/story/2020-11-17-a-story',
      mainEntityOfPage: 'https://news.example/reader/story/2020-11-17-a-story',
      isBasedOn: 'https://outlet.example/a-story',
    })
  })

  it('cannot be closed or rewritten by a story’s text', () => {
    const title = `</script><script>alert(1)</script> $' $&`
    const html = storyHtml(template, { ...story, title, excerpt: '<!-- & -->' }, { base: '/' })
    expect((structuredData(html) as { headline: string }).headline).toBe(title)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain('<div id="root"></div></body></html>')
    expect(html.split('</head>')).toHaveLength(2)
    expect(jsonLd({ t: 'a\u2028b' })).toBe('<script type="application/ld+json">{"t":"a\\u2028b"}</script>')
  })
})

describe('storyHtml', () => {
  it('carries the title, description and Open Graph tags, escaped', () => {
    const html = storyHtml(template, story, { siteUrl: 'https://news.example/', base: '/reader/', name: 'Power Apps <Watch>' })
    expect(html).toContain('<title>A &#34;story&#34; &#60;img src=x onerror=alert(1)&#62; · Power Apps &#60;Watch&#62;</title>')
    expect(html).toContain('<meta property="og:site_name" content="Power Apps &#60;Watch&#62;" />')
    expect(html).toContain('<meta name="description" content="Short &#38; sweet." />')
    expect(html).toContain('<meta property="og:title" content="A &#34;story&#34; &#60;img src=x onerror=alert(1)&#62;" />')
    expect(html).toContain('<meta property="og:image" content="https://img.example/a.jpg" />')
    expect(html).toContain('<meta property="og:url" content="https://news.example/reader/story/2020-11-17-a-story" />')
    expect(html).toContain('<link rel="canonical" href="https://news.example/reader/story/2020-11-17-a-story" />')
    expect(html).not.toContain('<img')
    expect(html).toContain('<div id="root"></div>')
  })

  it('leaves out og:url and canonical without a site URL', () => {
    const html = storyHtml(template, { ...story, images: [] }, { base: '/' })
    expect(html).not.toContain('og:url')
    expect(html).not.toContain('canonical')
    expect(html).not.toContain('og:image')
  })

  it('shortens a long excerpt on a word boundary', () => {
    const html = storyHtml(template, { ...story, excerpt: 'word '.repeat(100) }, { base: '/' })
    const description = /name="description" content="([^"]*)"/.exec(html)![1]
    expect(description.length).toBeLessThanOrEqual(200)
    expect(description.endsWith('word…')).toBe(true)
  })
})

describe('eventHtml', () => {
  it('describes the coverage and escapes the headline', () => {
    const event = {
      id: '2020-11-18-an-event',
      headline: 'LAPD "bans" <script>alert(1)</script>',
      articleCount: 12,
      outletCount: 9,
      first: '2020-11-18T02:41:00.000Z',
      last: '2020-11-20T00:06:00.000Z',
      articles: [{ title: 'x', webUrl: 'https://a.example/x', publishedDateTime: '2020-11-18T02:41:00.000Z', provider: { name: 'Gizmodo & Co', domain: 'a.example' }, quality: 80, type: 'article' }],
    } satisfies NewsEvent
    const html = eventHtml(template, event, { siteUrl: 'https://news.example', base: '/' })
    // Without a name the site is neutral, never the seeds' subject.
    expect(html).toContain('<title>LAPD &#34;bans&#34; &#60;script&#62;alert(1)&#60;/script&#62; · News reader</title>')
    expect(html).toContain('<meta property="og:site_name" content="News reader" />')
    expect(html).toContain('<meta property="og:description" content="12 articles from 9 outlets, first reported by Gizmodo &#38; Co on 2020-11-18." />')
    expect(html).toContain('<link rel="canonical" href="https://news.example/event/2020-11-18-an-event" />')
    expect(html).not.toContain('<script>')
  })
})

describe('siteHead', () => {
  it('names the site in the app\u2019s own page: language, title, description, application name, escaped', () => {
    const html = siteHead('<!doctype html><html lang="en"><head><meta name="description" content="" /><title>News reader</title></head><body></body></html>', {
      name: 'Apps & "Co"',
      description: 'Power Apps news <daily>',
      lang: 'en-GB',
    })
    expect(html).toContain('<html lang="en-GB">')
    expect(html).toContain('<title>Apps &#38; &#34;Co&#34;</title>')
    expect(html).toContain('<meta name="description" content="Power Apps news &#60;daily&#62;" />')
    expect(html).toContain('<meta name="application-name" content="Apps &#38; &#34;Co&#34;" />')
  })
})
