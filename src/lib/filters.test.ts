import { describe, expect, it } from 'vitest'
import type { IndexRow } from '../content/types.ts'
import { externalMatcher, matcher, providerFacet, sortRows } from './filters.ts'
import { DEFAULT_FILTERS, type Filters } from './url-state.ts'

const row = (id: string, over: Partial<IndexRow>): IndexRow => ({
  id,
  title: id,
  publishedDateTime: '2020-11-17T12:00:00.000Z',
  provider: 'a.com',
  providerName: 'A',
  quality: 50,
  heat: null,
  type: 'article',
  published: false,
  relatedCount: 0,
  event: id,
  eventOutlets: 1,
  ...over,
})

const rows = [
  row('nola', { provider: 'nola.com', publishedDateTime: '2020-12-14T23:30:00.000Z', quality: 74, heat: 104, published: true, title: 'NOPD has used facial recognition' }),
  row('giz', { provider: 'gizmodo.com', publishedDateTime: '2020-11-18T02:41:00.000Z', quality: 82, heat: 112, published: true }),
  row('breeze', { provider: 'dailybreeze.com', publishedDateTime: '2020-11-18T16:51:00.000Z', quality: 74, title: 'Café crème et Clearview' }),
  row('lens', { provider: 'thelensnola.org', publishedDateTime: '2020-11-12T20:49:00.000Z', quality: 55 }),
]

const excerpts = new Map([['giz', 'The Los Angeles Police Department issued a moratorium']])
const ids = (filters: Partial<Filters>) => rows.filter(matcher({ ...DEFAULT_FILTERS, ...filters }, { excerpts })).map((r) => r.id)

describe('matcher', () => {
  it('passes everything without filters', () => {
    expect(ids({})).toEqual(['nola', 'giz', 'breeze', 'lens'])
  })
  it('filters by several providers', () => {
    expect(ids({ providers: ['nola.com', 'thelensnola.org'] })).toEqual(['nola', 'lens'])
  })
  it('filters by an inclusive UTC day range', () => {
    expect(ids({ from: '2020-11-18', to: '2020-11-18' })).toEqual(['giz', 'breeze'])
    expect(ids({ from: '2020-11-18' })).toEqual(['nola', 'giz', 'breeze'])
    expect(ids({ to: '2020-11-17' })).toEqual(['lens'])
  })
  it('filters by minimum quality and published', () => {
    expect(ids({ minQuality: 74 })).toEqual(['nola', 'giz', 'breeze'])
    expect(ids({ publishedOnly: true })).toEqual(['nola', 'giz'])
  })
  it('searches title and excerpt, all terms, ignoring case and accents', () => {
    expect(ids({ q: 'nopd' })).toEqual(['nola'])
    expect(ids({ q: 'moratorium los' })).toEqual(['giz'])
    expect(ids({ q: 'cafe CREME' })).toEqual(['breeze'])
    expect(ids({ q: 'moratorium nopd' })).toEqual([])
  })
  it('searches titles only until the excerpts are loaded', () => {
    expect(rows.filter(matcher({ ...DEFAULT_FILTERS, q: 'moratorium' })).map((r) => r.id)).toEqual([])
    expect(rows.filter(matcher({ ...DEFAULT_FILTERS, q: 'nopd' })).map((r) => r.id)).toEqual(['nola'])
  })
})

describe('sortRows', () => {
  it('sorts newest, oldest, by quality and by heat', () => {
    const shuffled = [rows[2], rows[0], rows[3], rows[1]]
    expect(sortRows(shuffled, 'newest').map((r) => r.id)).toEqual(['nola', 'breeze', 'giz', 'lens'])
    expect(sortRows(shuffled, 'oldest').map((r) => r.id)).toEqual(['lens', 'giz', 'breeze', 'nola'])
    expect(sortRows(shuffled, 'quality').map((r) => r.id)).toEqual(['giz', 'nola', 'breeze', 'lens'])
    expect(sortRows(shuffled, 'heat').map((r) => r.id)).toEqual(['giz', 'nola', 'breeze', 'lens'])
  })
})

describe('providerFacet', () => {
  it('counts providers under every filter but the provider one', () => {
    const counts = providerFacet(rows, { ...DEFAULT_FILTERS, providers: ['nola.com'], minQuality: 74 })
    expect(Object.fromEntries(counts)).toEqual({ 'nola.com': 1, 'gizmodo.com': 1, 'dailybreeze.com': 1 })
  })
})

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
