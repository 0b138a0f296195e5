import { describe, expect, it } from 'vitest'
import { spread } from './spread.ts'

describe('spread', () => {
  it('counts per hour over a short span, empty hours included', () => {
    const { unit, buckets } = spread(['2020-11-18T02:41:00Z', '2020-11-18T03:17:00Z', '2020-11-18T03:50:00Z', '2020-11-18T06:39:00Z'])
    expect(unit).toBe('hour')
    expect(buckets.map((b) => b.count)).toEqual([1, 2, 0, 0, 1])
    expect(new Date(buckets[0].start).toISOString()).toBe('2020-11-18T02:00:00.000Z')
  })

  it('counts per day over days, and every article once', () => {
    const dates = ['2020-11-12T20:49:00Z', '2020-11-13T19:30:00Z', '2020-11-16T20:43:00Z', '2020-11-17T21:42:00Z', '2020-11-17T22:37:00Z']
    const { unit, buckets } = spread(dates)
    expect(unit).toBe('day')
    expect(buckets).toHaveLength(6)
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(5)
    expect(buckets.at(-1)!.count).toBe(2)
  })

  it('uses weeks over months and ignores what is not a date', () => {
    const { unit, buckets } = spread(['2020-01-01T00:00:00Z', 'nonsense', '2020-12-31T00:00:00Z'])
    expect(unit).toBe('week')
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(2)
    expect(spread([]).buckets).toEqual([])
  })
})
