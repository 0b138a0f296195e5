import { describe, expect, it } from 'vitest'
import type { EventRow } from '../content/types.ts'
import { eventMatcher } from './match.ts'
import { eventOutletCounts, sortEvents } from './select-events.ts'
import { DEFAULT_FILTERS, type Filters } from './filters.ts'

const outlets = [
  { name: 'A', domain: 'a.com' },
  { name: 'B', domain: 'b.com' },
  { name: 'C', domain: 'c.com' },
]
const event = (id: string, over: Partial<EventRow>): EventRow => ({
  id,
  headline: `Headline ${id}`,
  articleCount: 1,
  outletCount: 1,
  first: '2020-11-17T10:00:00.000Z',
  last: '2020-11-17T10:00:00.000Z',
  outlets: [outlets[0]],
  articles: [['2020-11-17T10:00:00.000Z', 0, 50, 0]],
  page: false,
  ...over,
})

// LAPD: three outlets over two days; a story from b.com is published, the others are related entries.
const lapd = event('lapd', {
  headline: 'LAPD bans facial recognition',
  articleCount: 3,
  outletCount: 3,
  first: '2020-11-18T02:00:00.000Z',
  last: '2020-11-20T00:00:00.000Z',
  outlets,
  articles: [
    ['2020-11-18T02:00:00.000Z', 0, 80, 0],
    ['2020-11-18T03:00:00.000Z', 1, 40, 1],
    ['2020-11-20T00:00:00.000Z', 2, null, 0],
  ],
  page: true,
  topics: ['AI', 'Policing'],
})
const emails = event('emails', { headline: 'NOPD emails', last: '2020-12-14T10:00:00.000Z', first: '2020-12-14T10:00:00.000Z', articles: [['2020-12-14T10:00:00.000Z', 0, 70, 1]] })
const rows = [emails, lapd]
const match = (f: Partial<Filters>, textEvents?: Set<string>) => rows.filter(eventMatcher({ ...DEFAULT_FILTERS, ...f }, { textEvents })).map((r) => r.id)

describe('eventMatcher', () => {
  it('matches an event when one of its articles meets every article filter at once', () => {
    expect(match({ providers: ['c.com'] })).toEqual(['lapd'])
    expect(match({ from: '2020-11-19', to: '2020-11-30' })).toEqual(['lapd'])
    // c.com's article is in range but has no quality; a.com's has quality but is out of range.
    expect(match({ from: '2020-11-19', minQuality: 60 })).toEqual(['emails'])
    expect(match({ providers: ['a.com'], publishedOnly: true })).toEqual(['emails'])
    expect(match({ providers: ['b.com'], publishedOnly: true })).toEqual(['lapd'])
  })

  it('counts outlets, and finds words in the headline or through a matching story', () => {
    expect(match({ minOutlets: 3 })).toEqual(['lapd'])
    expect(match({ minOutlets: 4 })).toEqual([])
    expect(match({ q: 'lapd' })).toEqual(['lapd'])
    expect(match({ q: 'clearview' })).toEqual([])
    expect(match({ q: 'clearview' }, new Set(['emails']))).toEqual(['emails'])
  })

  it('finds events by a topic of their stories, in any case; an event without topics has none', () => {
    expect(match({ topic: 'policing' })).toEqual(['lapd'])
    expect(match({ topic: 'Privacy' })).toEqual([])
  })
})

describe('sortEvents', () => {
  it('sorts by latest article, first article or number of outlets', () => {
    expect(sortEvents(rows, 'newest').map((r) => r.id)).toEqual(['emails', 'lapd'])
    expect(sortEvents(rows, 'oldest').map((r) => r.id)).toEqual(['lapd', 'emails'])
    expect(sortEvents(rows, 'coverage').map((r) => r.id)).toEqual(['lapd', 'emails'])
    expect(sortEvents(rows, 'quality').map((r) => r.id)).toEqual(['lapd', 'emails'])
  })
})

describe('eventOutletCounts', () => {
  it('counts events per outlet under the other filters', () => {
    expect(eventOutletCounts(rows, DEFAULT_FILTERS)).toEqual(new Map([['a.com', 2], ['b.com', 1], ['c.com', 1]]))
    expect(eventOutletCounts(rows, { ...DEFAULT_FILTERS, providers: ['c.com'], minOutlets: 2 })).toEqual(new Map([['a.com', 1], ['b.com', 1], ['c.com', 1]]))
  })
})
