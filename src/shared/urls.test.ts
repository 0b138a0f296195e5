import { describe, expect, it } from 'vitest'
import { readAction, safeHttpUrl, urlKey } from './urls.ts'

describe('safeHttpUrl', () => {
  it('keeps http and https, trimmed', () => {
    expect(safeHttpUrl('  https://Example.com/a ')).toBe('https://example.com/a')
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/')
  })
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '/relative/path',
    '//example.com/protocol-relative',
    'not a url',
    '',
  ])('drops %j', (value) => {
    expect(safeHttpUrl(value)).toBeNull()
  })
  it('drops non-strings', () => {
    expect(safeHttpUrl(42)).toBeNull()
    expect(safeHttpUrl(undefined)).toBeNull()
  })
})

describe('urlKey', () => {
  const canonical = 'govtech.com/public-safety/story.html'
  it.each([
    'https://www.govtech.com/public-safety/story.html',
    'http://WWW.GOVTECH.COM/public-safety/story.html',
    'https://www.govtech.com/public-safety/story.html?AMP',
    'https://www.govtech.com/public-safety/story.html/',
    'https://www.govtech.com/public-safety/story.html#comments',
    'https://www.govtech.com/public-safety/story.html?utm_source=x',
    'https://www-govtech-com.cdn.ampproject.org/c/s/www.govtech.com/public-safety/story.html?AMP',
  ])('folds %s', (href) => {
    expect(urlKey(href)).toBe(canonical)
  })
  it('folds AMP paths and hosts', () => {
    expect(urlKey('https://gizmodo.com/the-lapd-1845702878/amp')).toBe(urlKey('https://gizmodo.com/the-lapd-1845702878'))
    expect(urlKey('https://www.engadget.com/amp/lapd-ban.html')).toBe(urlKey('https://www.engadget.com/lapd-ban.html'))
    expect(urlKey('https://www.nola.com/a/article_2e.amp.html')).toBe(urlKey('https://www.nola.com/a/article_2e.html'))
    expect(urlKey('https://amp.hothardware.com/news/x')).toBe(urlKey('https://hothardware.com/news/x'))
    expect(urlKey('https://www.latimes.com/story?_amp=true')).toBe(urlKey('https://www.latimes.com/story'))
  })
  it('keeps meaningful differences', () => {
    expect(urlKey('https://example.com/a')).not.toBe(urlKey('https://example.com/b'))
    expect(urlKey('https://example.com/a?id=1')).not.toBe(urlKey('https://example.com/a?id=2'))
    expect(urlKey('https://example.org/a')).not.toBe(urlKey('https://example.com/a'))
  })
  it('has no key for unsafe URLs', () => {
    expect(urlKey('javascript:alert(1)')).toBeNull()
  })
})

describe('readAction', () => {
  const gizmodo = { name: 'Gizmodo', domain: 'gizmodo.com' }
  it('reads at the outlet when the link is on its site (any subdomain, www or not)', () => {
    expect(readAction('https://gizmodo.com/a', gizmodo)).toBe('Read at Gizmodo')
    expect(readAction('https://www.gizmodo.com/a', gizmodo)).toBe('Read at Gizmodo')
    expect(readAction('https://earther.gizmodo.com/a', gizmodo)).toBe('Read at Gizmodo')
  })
  it('watches a video site, and otherwise names the host it opens', () => {
    const microsoft = { name: 'Microsoft', domain: 'microsoft.com' }
    expect(readAction('https://www.youtube.com/watch?v=x', microsoft)).toBe('Watch on YouTube')
    expect(readAction('https://youtu.be/x', microsoft)).toBe('Watch on YouTube')
    expect(readAction('https://news.example.org/a', microsoft)).toBe('Open at news.example.org')
  })
})
