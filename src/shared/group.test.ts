import { describe, expect, it } from 'vitest'
import { countByDay, groupBy } from './group.ts'

describe('groupBy', () => {
  it('keeps first-seen key order and item order', () => {
    expect([...groupBy(['b1', 'a1', 'b2'], (s) => s[0])]).toEqual([['b', ['b1', 'b2']], ['a', ['a1']]])
  })
})

describe('countByDay', () => {
  it('counts per UTC day, adding into given counts', () => {
    const items = [{ publishedDateTime: '2020-11-17T22:37:00.000Z' }, { publishedDateTime: '2020-11-17T01:00:00.000Z' }]
    expect(countByDay(items, { '2020-11-17': 1, '2020-11-18': 2 })).toEqual({ '2020-11-17': 3, '2020-11-18': 2 })
  })
})
