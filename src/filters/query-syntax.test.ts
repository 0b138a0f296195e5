import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyBox, boxExample, endsInUnfinishedFilter, formatBox, parseBox } from './query-syntax.ts'
import { DEFAULT_FILTERS } from './filters.ts'
import { filtersToParams, parseFilters } from './url-state.ts'

describe('parseBox', () => {
  it('takes the filter words out and keeps the rest as the query', () => {
    expect(parseBox('provider:Gizmodo.com lapd from:2020-11-01 to:2020-12-31 quality:>=70 "facial recognition"')).toEqual({
      q: 'lapd "facial recognition"',
      filters: { providers: ['gizmodo.com'], from: '2020-11-01', to: '2020-12-31', minQuality: 70 },
    })
  })
  it('leaves malformed filter words and quoted ones in the query', () => {
    expect(parseBox('from:yesterday quality:high provider:<b> "to:2020-01-01"')).toEqual({
      q: 'from:yesterday quality:high provider:<b> "to:2020-01-01"',
      filters: {},
    })
  })
  it('takes several outlets, as outlet: or as provider: (the word of the files)', () => {
    expect(parseBox('provider:a.com outlet:b.org Outlet:c.net').filters.providers).toEqual(['a.com', 'b.org', 'c.net'])
  })
})

describe('formatBox', () => {
  it('writes each filter as the box reads it: outlets sorted, under the word every label uses', () => {
    expect(formatBox({ ...DEFAULT_FILTERS, providers: ['b.org', 'a.com'], to: '2020-12-31', minQuality: 70, q: 'lapd' })).toBe('outlet:a.com outlet:b.org to:2020-12-31 quality:>=70 lapd')
  })
})

describe('endsInUnfinishedFilter', () => {
  it('holds a filter word back until a space ends it', () => {
    expect(endsInUnfinishedFilter('lapd provider:gizm')).toBe(true)
    expect(endsInUnfinishedFilter('Quality:')).toBe(true)
    expect(endsInUnfinishedFilter('outlet:nola')).toBe(true)
    expect(endsInUnfinishedFilter('lapd provider:gizmodo.com ')).toBe(false)
    expect(endsInUnfinishedFilter('lapd')).toBe(false)
  })
})

describe('applyBox', () => {
  it('adds typed outlets to the chosen ones and replaces the query', () => {
    const current = { ...DEFAULT_FILTERS, providers: ['a.com'], q: 'old' }
    expect(applyBox('provider:b.org new words', current)).toEqual({ providers: ['a.com', 'b.org'], q: 'new words' })
    expect(applyBox('', current)).toEqual({ q: undefined })
  })
})

// Any filter state the URL can hold survives URL → box → URL.
const word = fc.stringMatching(/^[a-z0-9éü]{1,8}$/)
const day = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const urlState = fc.record({
  provider: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,10}\.[a-z]{2,4}$/), { maxLength: 3 }),
  from: fc.option(day, { nil: undefined }),
  to: fc.option(day, { nil: undefined }),
  minQuality: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
  q: fc.option(
    fc.array(fc.oneof(word, word.map((w) => `"${w} ${w}"`)), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    { nil: undefined },
  ),
  published: fc.boolean(),
  sort: fc.constantFrom(undefined, 'relevance', 'newest', 'oldest', 'quality', 'heat', 'coverage'),
})

describe('URL → box → URL', () => {
  it('keeps every filter', () => {
    fc.assert(
      fc.property(urlState, (state) => {
        const params = new URLSearchParams()
        for (const p of state.provider) params.append('provider', p)
        for (const key of ['from', 'to', 'minQuality', 'q', 'sort'] as const) if (state[key] !== undefined) params.set(key, String(state[key]))
        if (state.published) params.set('published', '1')
        const filters = parseFilters(params)
        // The box shows the filter words and the query; typing it back over the other filters gives the same URL.
        const box = formatBox(filters)
        const back = { ...filters, providers: [], from: undefined, to: undefined, minQuality: undefined, ...applyBox(box, { ...filters, providers: [] }) }
        expect(filtersToParams(back).toString()).toBe(filtersToParams(filters).toString())
      }),
    )
  })
})

describe('boxExample', () => {
  it('gives examples this corpus answers: its largest outlet, a day in its span, one of its quality steps', () => {
    expect(boxExample({ outlet: 'powerapps.microsoft.com', span: { from: '2024-02-03T10:00:00Z', to: '2024-06-20T08:00:00Z' }, qualityStep: 55 })).toBe(
      'Words, “a phrase”, outlet:powerapps.microsoft.com, from:2024-06-01, quality:>=55',
    )
    // A corpus of one month: its first day, not a day before it.
    expect(boxExample({ span: { from: '2020-11-12T00:00:00Z', to: '2020-11-30T00:00:00Z' } })).toBe('Words, “a phrase”, from:2020-11-12')
    expect(boxExample({})).toBe('Words, “a phrase”')
  })
})
