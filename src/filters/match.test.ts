import { describe, expect, it } from 'vitest'
import { externalMatcher, matchesTerms, searchTerms } from './match.ts'
import { DEFAULT_FILTERS, type Filters } from './filters.ts'

describe('externalMatcher', () => {
  const article = { title: 'LAPD bans Clearview', publishedDateTime: '2020-11-18T03:00:00.000Z', webUrl: 'https://x.com/a', provider: { name: 'X', domain: 'x.com' }, quality: null, citedBy: ['s'] }
  const match = (f: Partial<Filters>) => externalMatcher({ ...DEFAULT_FILTERS, ...f })(article)
  it('applies provider, date and search filters', () => {
    expect(match({})).toBe(true)
    expect(match({ providers: ['x.com'], q: 'clearview', from: '2020-11-18' })).toBe(true)
    expect(match({ providers: ['y.com'] })).toBe(false)
    expect(match({ to: '2020-11-17' })).toBe(false)
  })
  it('excludes unscored articles under a minimum quality, and all under published only', () => {
    expect(match({ minQuality: 0 })).toBe(false)
    expect(match({ publishedOnly: true })).toBe(false)
  })
})

describe('matchesTerms', () => {
  it('needs every term, ignoring case and accents', () => {
    expect(matchesTerms('Café crème et Clearview', searchTerms('cafe CREME'))).toBe(true)
    expect(matchesTerms('Café crème et Clearview', searchTerms('cafe nopd'))).toBe(false)
  })
})
