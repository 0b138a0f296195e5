import { describe, expect, it } from 'vitest'
import { filterSummary } from './summary.ts'
import { DEFAULT_FILTERS } from './filters.ts'
import { parseFilters } from './url-state.ts'

const names = (d: string) => ({ 'gizmodo.com': 'Gizmodo' })[d] ?? d

describe('filterSummary', () => {
  it('names every active filter in words, each with what removes it', () => {
    const f = parseFilters(new URLSearchParams('provider=gizmodo.com&provider=other.org&topic=AI&minQuality=60&minOutlets=3&published=1&unread=1'))
    const summary = filterSummary(f, names)
    expect(summary.map(([label]) => label)).toEqual(['Outlet: Gizmodo', 'Outlet: other.org', 'Topic: AI', 'Quality 60+', 'Covered by 3+ outlets', 'Still on the source site', 'Unread only'])
    // Removing one chip keeps the others.
    expect({ ...f, ...summary[0][1] }.providers).toEqual(['other.org'])
  })

  it('says nothing with no filter (the words searched for are not a filter here)', () => {
    expect(filterSummary({ ...DEFAULT_FILTERS, q: 'lapd' }, names)).toEqual([])
  })
})
