import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProviderList, StoryColumns, StoryTopics } from '../content/types.ts'
import { dayCounts, outletCounts, selectRows, topicCounts } from './select-stories.ts'
import { dayNumber, dayString } from '../shared/dates.ts'
import { decodeColumns } from '../lib/story-index.ts'
import { DEFAULT_FILTERS, SORTS, type Filters } from './filters.ts'

// The compact index against a plain filter over the same rows: same rows, same order, same counts.

interface Plain {
  day: string
  outlet: string
  quality: number
  heat: number | null
  published: boolean
  outlets: number
  topics: string[]
}

const DOMAINS = ['a.com', 'b.org', 'c.net', 'd.io']
// More topics than a 32-bit mask holds, and one topic in two spellings.
const TOPICS = ['AI', 'Computer Vision', 'Privacy', 'ai', ...Array.from({ length: 36 }, (_, t) => `Topic ${t}`)]
const providers: ProviderList = DOMAINS.map((domain) => ({ name: domain, domain, count: 0 }))

/** What the plugin writes: newest first, days delta-coded. */
function columnsOf(rows: Plain[]): StoryColumns {
  return {
    day: rows.map((r, i) => (i === 0 ? dayNumber(r.day) : dayNumber(rows[i - 1].day) - dayNumber(r.day))),
    outlet: rows.map((r) => DOMAINS.indexOf(r.outlet)),
    quality: rows.map((r) => r.quality),
    heat: rows.map((r) => r.heat ?? -1),
    flags: rows.map((r) => (r.published ? 1 : 0)),
    outlets: rows.map((r) => r.outlets),
  }
}

const topicsOf = (rows: Plain[]): StoryTopics => ({ names: TOPICS, stories: rows.map((r) => r.topics.map((t) => TOPICS.indexOf(t))) })

function plainMatch(f: Filters, r: Plain, except?: 'outlet' | 'day' | 'topic') {
  return (
    (except === 'topic' || !f.topic || r.topics.some((t) => t.toLowerCase() === f.topic!.toLowerCase())) &&
    (except === 'outlet' || f.providers.length === 0 || f.providers.includes(r.outlet)) &&
    (except === 'day' || !f.from || r.day >= f.from) &&
    (except === 'day' || !f.to || r.day <= f.to) &&
    (f.minQuality === undefined || r.quality >= f.minQuality) &&
    (!f.publishedOnly || r.published) &&
    (f.minOutlets === undefined || r.outlets >= f.minOutlets)
  )
}

function plainSelect(rows: Plain[], f: Filters): number[] {
  const matching = rows.map((r, i) => [r, i] as const).filter(([r]) => plainMatch(f, r))
  const key = { quality: (r: Plain) => r.quality, heat: (r: Plain) => r.heat ?? -1, coverage: (r: Plain) => r.outlets }
  if (f.sort === 'oldest') return matching.map(([, i]) => i).reverse()
  if (f.sort in key) {
    const k = key[f.sort as keyof typeof key]
    return [...matching].sort(([a, i], [b, j]) => k(b) - k(a) || i - j).map(([, i]) => i)
  }
  return matching.map(([, i]) => i)
}

const day = fc.integer({ min: dayNumber('2019-12-25'), max: dayNumber('2020-01-10') }).map(dayString)
const plainRow = fc.record({
  day,
  outlet: fc.constantFrom(...DOMAINS),
  quality: fc.integer({ min: 0, max: 120 }),
  heat: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
  published: fc.boolean(),
  outlets: fc.integer({ min: 1, max: 6 }),
  topics: fc.subarray(TOPICS, { maxLength: 4 }),
})
// Newest first, as the list is laid out.
const corpus = fc.array(plainRow, { maxLength: 60 }).map((rows) => [...rows].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0)))
const filters = fc.record({
  providers: fc.subarray(DOMAINS),
  from: fc.option(day, { nil: undefined }),
  to: fc.option(day, { nil: undefined }),
  minQuality: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
  publishedOnly: fc.boolean(),
  minOutlets: fc.option(fc.integer({ min: 2, max: 6 }), { nil: undefined }),
  sort: fc.constantFrom(...SORTS.filter((s) => s !== 'relevance')),
  // A topic as the URL may spell it (any case), or one the corpus does not have.
  topic: fc.option(fc.constantFrom('AI', 'computer vision', 'PRIVACY', 'topic 35', 'Weather'), { nil: undefined }),
}).map((f): Filters => ({ ...DEFAULT_FILTERS, ...f }))

describe('stories selected and counted under the filters', () => {
  it('selects and orders the same rows as a plain filter', () => {
    fc.assert(
      fc.property(corpus, filters, (rows, f) => {
        const index = decodeColumns(columnsOf(rows), providers, topicsOf(rows))
        expect([...selectRows(index, f)]).toEqual(plainSelect(rows, f))
      }),
    )
  })

  it('counts outlets, days and topics under every filter but their own', () => {
    fc.assert(
      fc.property(corpus, filters, (rows, f) => {
        const index = decodeColumns(columnsOf(rows), providers, topicsOf(rows))
        const outlets = new Map<string, number>()
        const days: Record<string, number> = {}
        for (const r of rows) {
          if (plainMatch(f, r, 'outlet')) outlets.set(r.outlet, (outlets.get(r.outlet) ?? 0) + 1)
          if (plainMatch(f, r, 'day')) days[r.day] = (days[r.day] ?? 0) + 1
        }
        expect(Object.fromEntries(outletCounts(index, f))).toEqual(Object.fromEntries(outlets))
        expect(dayCounts(index, f)).toEqual(days)
        const evenDays: Record<string, number> = {}
        rows.forEach((r, i) => i % 2 === 0 && plainMatch(f, r, 'day') && (evenDays[r.day] = (evenDays[r.day] ?? 0) + 1))
        expect(dayCounts(index, f, (i) => i % 2 === 0)).toEqual(evenDays)
        const topics = TOPICS.map((name) => ({ name, count: rows.filter((r) => plainMatch(f, r, 'topic') && r.topics.includes(name)).length }))
        expect(topicCounts(index, f)).toEqual(topics)
      }),
    )
  })

  it('without the topics, knows none: no story matches a topic until they are in', () => {
    const rows: Plain[] = [{ day: '2020-01-01', outlet: 'a.com', quality: 1, heat: null, published: true, outlets: 1, topics: ['AI'] }]
    const bare = decodeColumns(columnsOf(rows), providers)
    expect(bare.hasTopics).toBe(false)
    expect([...selectRows(bare, { ...DEFAULT_FILTERS, topic: 'AI' })]).toEqual([])
    expect([...selectRows(decodeColumns(columnsOf(rows), providers, topicsOf(rows)), { ...DEFAULT_FILTERS, topic: 'AI' })]).toEqual([0])
  })

  it('decodes delta-coded days', () => {
    const index = decodeColumns({ day: [18583, 0, 2, 1], outlet: [0, 0, 0, 0], quality: [1, 1, 1, 1], heat: [-1, -1, -1, -1], flags: [1, 0, 1, 0], outlets: [1, 1, 1, 1] }, providers)
    expect([...index.day].map(dayString)).toEqual(['2020-11-17', '2020-11-17', '2020-11-15', '2020-11-14'])
    expect([...index.published]).toEqual([1, 0, 1, 0])
  })
})
