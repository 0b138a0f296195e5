import { describe, expect, it } from 'vitest'
import { FILTERS } from './descriptors.ts'
import { DEFAULT_FILTERS, type Filters } from './filters.ts'
import { filterSummary, isFiltered, withoutFilters } from './summary.ts'
import { filtersToParams, parseFilters } from './url-state.ts'

const VIEW_KEYS = ['q', 'sort', 'related', 'groupByEvent']
/** One view with every filter set. */
const ALL: Filters = { ...DEFAULT_FILTERS, providers: ['a.com', 'b.org'], topic: 'AI', from: '2020-11-01', to: '2020-11-30', minQuality: 70, minOutlets: 3, publishedOnly: true, unread: true }

describe('the filter descriptors', () => {
  it('own every filter field once, and nothing else', () => {
    const owned = FILTERS.flatMap((d) => d.keys)
    expect(new Set(owned).size).toBe(owned.length)
    expect([...owned].sort()).toEqual(Object.keys(ALL).filter((k) => !VIEW_KEYS.includes(k)).sort())
  })

  it('are off by default: no chip, no URL parameter, no test', () => {
    for (const d of FILTERS) {
      expect(d.chips(DEFAULT_FILTERS, String)).toEqual([])
      expect(d.write(DEFAULT_FILTERS)).toEqual([])
      expect(d.article?.(DEFAULT_FILTERS) ?? null).toBeNull()
      expect(d.event?.(DEFAULT_FILTERS) ?? null).toBeNull()
    }
    expect(isFiltered(DEFAULT_FILTERS)).toBe(false)
  })

  it('each read back from the URL it writes', () => {
    for (const d of FILTERS) {
      const back = d.read(new URLSearchParams(d.write(ALL)))
      for (const key of d.keys) expect(back[key], key).toEqual(ALL[key])
    }
    expect(parseFilters(filtersToParams(ALL))).toEqual(ALL)
  })

  it('each chip removes its own filter and only it', () => {
    const chips = filterSummary(ALL)
    expect(chips).toHaveLength(9)
    for (const [label, without] of chips) {
      const after = filterSummary({ ...ALL, ...without }).map(([l]) => l)
      expect(after).not.toContain(label)
      expect(after).toHaveLength(chips.length - 1)
    }
  })

  it('all go at once, and the view keeps its own settings', () => {
    const view = { ...ALL, q: 'lapd', sort: 'quality' as const, related: false, groupByEvent: true }
    expect(withoutFilters(view)).toEqual({ ...DEFAULT_FILTERS, q: 'lapd', sort: 'quality', related: false, groupByEvent: true })
  })
})
