import { describe, expect, it } from 'vitest'
import { decodeColumns } from '../lib/story-index.ts'
import { dayNumber } from '../shared/dates.ts'
import { DEFAULT_FILTERS } from '../filters/filters.ts'
import { engineFilters } from './engine-filters.ts'

const index = decodeColumns(
  {
    day: [dayNumber('2020-12-14'), 26, 0, 6],
    outlet: [0, 1, 1, 0],
    quality: [74, 82, 74, 55],
    heat: [104, 112, -1, -1],
    flags: [1, 1, 0, 0],
    outlets: [1, 12, 12, 3],
  },
  [
    { name: 'A', domain: 'a.com', count: 2 },
    { name: 'B', domain: 'b.org', count: 2 },
  ],
  { names: ['AI', 'Computer Vision', 'ai'], stories: [[0], [0, 1], [1], []] },
)

describe('engineFilters', () => {
  it('passes outlets and published as they are, and ranges as this corpus’s values inside them', () => {
    expect(engineFilters({ ...DEFAULT_FILTERS, providers: ['b.org'], publishedOnly: true, minQuality: 70, minOutlets: 3, from: '2020-11-12', to: '2020-11-18' }, index)).toEqual({
      outlet: { any: ['b.org'] },
      published: { any: ['yes'] },
      quality: { any: ['74', '82'] },
      outlets: { any: ['12', '3'] },
      day: { any: ['2020-11-18', '2020-11-12'] },
    })
  })
  it('is empty without filters, and null when a range holds no value (nothing can match)', () => {
    expect(engineFilters(DEFAULT_FILTERS, index)).toEqual({})
    expect(engineFilters({ ...DEFAULT_FILTERS, minQuality: 90 }, index)).toBeNull()
    expect(engineFilters({ ...DEFAULT_FILTERS, from: '2021-01-01' }, index)).toBeNull()
  })
  it('matches a topic in every spelling the corpus has, and nothing for a topic it lacks', () => {
    expect(engineFilters({ ...DEFAULT_FILTERS, topic: 'Ai' }, index)).toEqual({ topic: { any: ['AI', 'ai'] } })
    expect(engineFilters({ ...DEFAULT_FILTERS, topic: 'Drones' }, index)).toBeNull()
  })
})

describe('engineFilters without the story index', () => {
  it('serves a plain query and outlet filters, and refuses ranges', () => {
    expect(engineFilters({ ...DEFAULT_FILTERS, q: 'lapd', providers: ['a.com'] }, undefined)).toEqual({ outlet: { any: ['a.com'] } })
    expect(() => engineFilters({ ...DEFAULT_FILTERS, minQuality: 50 }, undefined)).toThrow(/story index/)
  })
})

describe('a topic', () => {
  it('becomes the engine filter as the corpus spells it, and an unknown one matches nothing', () => {
    expect(engineFilters({ ...DEFAULT_FILTERS, topic: 'computer vision' }, index)).toEqual({ topic: { any: ['Computer Vision'] } })
    expect(engineFilters({ ...DEFAULT_FILTERS, topic: 'Weather' }, index)).toBeNull()
  })
})
