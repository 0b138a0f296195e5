import { describe, expect, it } from 'vitest'
import { storyHtml } from './html.ts'
import type { Story } from '../content/types.ts'

const template = `<!doctype html><html><head><meta name="description" content="Site" /><title>Story Reader</title></head><body><div id="root"></div></body></html>`
const story = {
  id: '2020-11-17-a-story',
  title: 'A "story" <img src=x onerror=alert(1)>',
  excerpt: 'Short & sweet.',
  publishedDateTime: '2020-11-17T22:37:00.000Z',
  images: [{ url: 'https://img.example/a.jpg', width: 939, height: 630 }],
} as Story

describe('storyHtml', () => {
  it('carries the title, description and Open Graph tags, escaped', () => {
    const html = storyHtml(template, story, { siteUrl: 'https://news.example/', base: '/reader/' })
    expect(html).toContain('<title>A &#34;story&#34; &#60;img src=x onerror=alert(1)&#62; · Story Reader</title>')
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
