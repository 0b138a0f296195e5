import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { embedPageData, readPageData } from './page-data.ts'

const page = '<!doctype html><html><head><title>A story</title></head><body><div id="root"></div></body></html>'

describe('page data in an HTML entry', () => {
  it('round-trips any JSON value, whatever text it holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readPageData(embedPageData(page, value))
        // JSON.stringify drops -0's sign, as the wire does.
        expect(read).toEqual({ ok: true, data: JSON.parse(JSON.stringify(value)) })
      }),
    )
  })

  it('keeps text that looks like markup inert: it cannot close the element or open another', () => {
    const story = { title: '</script><script>alert(1)</script>', excerpt: '<!-- $& $\' \u2028' }
    const html = embedPageData(page, story)
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(html).not.toContain('<script>alert')
    expect(html).not.toContain('<!--')
    expect(readPageData(html)).toEqual({ ok: true, data: story })
  })

  it('says a page without data is missing: a host’s fallback page, another kind of page', () => {
    expect(readPageData(page)).toEqual({ ok: false, problem: 'missing' })
    expect(readPageData('')).toEqual({ ok: false, problem: 'missing' })
  })

  it('says cut or broken data is corrupt, rather than showing part of it', () => {
    const html = embedPageData(page, { title: 'A story', related: [1, 2, 3] })
    expect(readPageData(html.replace('[1,2,3]', '[1,2,'))).toEqual({ ok: false, problem: 'corrupt' })
    expect(readPageData(html.slice(0, html.indexOf('</script>')))).toEqual({ ok: false, problem: 'corrupt' })
  })
})
