import { describe, expect, it } from 'vitest'
import { deploySummary, type HostLimit } from './deploy-summary.ts'
import { headersFile } from './host-files.ts'

/** `_headers` as path → header → value, the way Netlify and Cloudflare read it. */
function parse(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>()
  let current: Map<string, string> | undefined
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (!line.startsWith(' ')) rules.set(line, (current = new Map()))
    else current!.set(...(line.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]))
  }
  return rules
}

describe('_headers', () => {
  const rules = parse(headersFile('/news/'))
  it('sends the preview’s policy on every path, under the base', () => {
    expect(rules.get('/news/*')?.get('Content-Security-Policy')).toMatch(/^default-src 'self'; script-src 'self';.*frame-ancestors 'none'$/)
    expect(rules.get('/news/*')?.get('X-Content-Type-Options')).toBe('nosniff')
  })
  it('caches hashed assets and the data edition for a year, and revalidates what names them', () => {
    expect(rules.get('/news/assets/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    expect(rules.get('/news/data/*')?.get('Cache-Control')).toBe('public, max-age=31536000, immutable')
    for (const path of ['/news/', '/news/sw.js', '/news/manifest.webmanifest', '/news/story/*', '/news/event/*', '/news/404.html']) expect(rules.get(path)?.get('Cache-Control'), path).toBe('no-cache')
  })
  it('never gives one path two Cache-Control rules (hosts would join them)', () => {
    expect(rules.get('/news/*')?.has('Cache-Control')).toBe(false)
  })
})

describe('deploySummary', () => {
  const limits: HostLimit[] = [{ host: 'Tiny Host', limit: '10 files', passed: (d) => d.files > 10, advice: 'use a bigger one' }]
  it('says what dist/ holds, and warns only past a limit, naming it and what to do', () => {
    expect(deploySummary({ files: 10, bytes: 5 * 1024 * 1024 }, limits)).toEqual(['dist/: 10 files, 5 MB'])
    expect(deploySummary({ files: 35_129, bytes: 223 * 1024 * 1024 }, limits)).toEqual(['dist/: 35,129 files, 223 MB', "warning: over Tiny Host's limit of 10 files: use a bigger one."])
  })
  it('knows the well-known hosts’ limits', () => {
    expect(deploySummary({ files: 20_001, bytes: 1 })).toEqual(expect.arrayContaining([expect.stringContaining('Cloudflare Pages')]))
    expect(deploySummary({ files: 1, bytes: 1.1 * 1024 ** 3 })).toEqual(expect.arrayContaining([expect.stringContaining('GitHub Pages')]))
    expect(deploySummary({ files: 19_000, bytes: 900 * 1024 * 1024 })).toHaveLength(1)
  })
})
