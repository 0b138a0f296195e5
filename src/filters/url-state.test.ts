import { describe, expect, it } from 'vitest'
import { DEFAULT_FILTERS } from './filters.ts'
import { filtersToParams, parseFilters } from './url-state.ts'
import { isFiltered } from './summary.ts'
import { patched } from './use-filters.ts'

const parse = (query: string) => parseFilters(new URLSearchParams(query))

describe('parseFilters', () => {
  it('reads every filter', () => {
    expect(parse('provider=nola.com&provider=Gizmodo.com&from=2020-11-01&to=2020-11-30&minQuality=60&q=LAPD&published=1&sort=quality&related=0&group=event&minOutlets=3&topic=%20Computer%20%20Vision&unread=1')).toEqual({
      providers: ['nola.com', 'gizmodo.com'],
      from: '2020-11-01',
      to: '2020-11-30',
      minQuality: 60,
      q: 'LAPD',
      publishedOnly: true,
      sort: 'quality',
      related: false,
      groupByEvent: true,
      minOutlets: 3,
      topic: 'Computer Vision',
      // With a search too: its results are list positions, like the list's.
      unread: true,
    })
    expect(parse('unread=1&topic=AI')).toMatchObject({ unread: true, topic: 'AI' })
    expect(filtersToParams(parse('unread=1&topic=AI')).toString()).toBe('topic=AI&unread=1')
  })

  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual(DEFAULT_FILTERS)
    expect(isFiltered(parse(''))).toBe(false)
  })

  it.each([
    ['from=2020-13-01', {}],
    ['from=yesterday&to=2020-02-30', {}],
    ['minQuality=high', {}],
    ['minQuality=-5', {}],
    ['minQuality=', {}],
    ['sort=random', {}],
    ['provider=<script>', {}],
    ['q=%20%20', {}],
    ['utm_source=x&unknown=1', {}],
    ['group=story&minOutlets=1', {}],
    ['minOutlets=2.5', {}],
    ['minOutlets=lots', {}],
  ])('ignores malformed %s', (query, expected) => {
    expect(parse(query)).toEqual({ ...DEFAULT_FILTERS, ...expected })
  })

  it('swaps a reversed date range', () => {
    expect(parse('from=2020-12-01&to=2020-11-01')).toMatchObject({ from: '2020-11-01', to: '2020-12-01' })
  })

  it('dedupes providers', () => {
    expect(parse('provider=a.com&provider=A.com').providers).toEqual(['a.com'])
  })
})

describe('filtersToParams', () => {
  it('round-trips and omits defaults', () => {
    // Filters in their table's order (descriptors.ts), then the view's own settings.
    const query = 'provider=a.com&provider=b.com&from=2020-11-01&minQuality=50&minOutlets=4&published=1&q=ban&sort=coverage&related=0&group=event'
    expect(filtersToParams(parse(query)).toString()).toBe(query)
    expect(filtersToParams(DEFAULT_FILTERS).toString()).toBe('')
  })

  it('is canonical whatever the order of providers', () => {
    expect(filtersToParams(parse('provider=b.com&provider=a.com')).toString()).toBe('provider=a.com&provider=b.com')
  })
})

describe('the order of a query', () => {
  it('is relevance unless the URL says otherwise', () => {
    expect(parse('q=lapd').sort).toBe('relevance')
    expect(parse('q=lapd&sort=newest').sort).toBe('newest')
    expect(parse('sort=relevance').sort).toBe('newest')
    expect(filtersToParams(parse('q=lapd')).toString()).toBe('q=lapd')
    expect(filtersToParams(parse('q=lapd&sort=newest')).toString()).toBe('q=lapd&sort=newest')
    expect(filtersToParams({ ...parse('sort=quality'), q: undefined }).toString()).toBe('sort=quality')
  })
  it('follows the query when it was the default, and stays when it was chosen', () => {
    expect(patched(parse(''), { q: 'lapd' }).sort).toBe('relevance')
    expect(patched(parse('q=lapd'), { q: undefined }).sort).toBe('newest')
    expect(patched(parse('sort=quality'), { q: 'lapd' }).sort).toBe('quality')
    expect(patched(parse('q=lapd&sort=newest'), { q: 'police' }).sort).toBe('newest')
  })
})

describe('orders a search does not offer', () => {
  it('give way to relevance while there is a query', () => {
    expect(parse('q=lapd&sort=heat').sort).toBe('relevance')
    expect(parse('q=lapd&sort=coverage').sort).toBe('relevance')
    expect(parse('sort=heat').sort).toBe('heat')
    expect(parse('q=lapd&sort=coverage&group=event').sort).toBe('coverage')
    // Events are not ranked: grouped, a query keeps newest first.
    expect(parse('q=lapd&group=event').sort).toBe('newest')
    expect(filtersToParams(parse('q=lapd&group=event')).toString()).toBe('q=lapd&group=event')
  })
})
