import { describe, expect, it } from 'vitest'
import { axisTicks, bucketize, bucketRange, chooseUnit } from './buckets.ts'

describe('chooseUnit', () => {
  it('uses days for a few months, weeks up to two years, months beyond', () => {
    expect(chooseUnit('2020-11-12', '2020-12-16')).toBe('day')
    expect(chooseUnit('2020-01-01', '2021-06-01')).toBe('week')
    expect(chooseUnit('2017-01-01', '2021-06-01')).toBe('month')
  })
  it('widens the buckets until they fit the bars a screen holds', () => {
    // 35 days on a phone that fits 12 bars of a tappable width: weeks (6 bars).
    expect(chooseUnit('2020-11-12', '2020-12-16', 12)).toBe('week')
    expect(chooseUnit('2020-11-12', '2020-12-16', 40)).toBe('day')
    expect(chooseUnit('2017-01-01', '2021-06-01', 12)).toBe('year')
    expect(chooseUnit('2020-01-01', '2021-06-01', 12)).toBe('quarter')
  })
})

describe('bucketRange', () => {
  it('finds the ISO week and the month', () => {
    expect(bucketRange('2020-11-18', 'week')).toEqual({ start: '2020-11-16', end: '2020-11-22' })
    expect(bucketRange('2020-11-16', 'week')).toEqual({ start: '2020-11-16', end: '2020-11-22' })
    expect(bucketRange('2020-02-10', 'month')).toEqual({ start: '2020-02-01', end: '2020-02-29' })
    expect(bucketRange('2020-11-18', 'quarter')).toEqual({ start: '2020-10-01', end: '2020-12-31' })
    expect(bucketRange('2020-02-10', 'year')).toEqual({ start: '2020-01-01', end: '2020-12-31' })
  })
})

describe('bucketize', () => {
  const days = { '2020-11-12': 1, '2020-11-17': 2, '2020-11-18': 3, '2020-12-14': 1 }
  it('counts per day, gaps included', () => {
    const buckets = bucketize(days, '2020-11-12', '2020-12-14', 'day')
    expect(buckets).toHaveLength(33)
    expect(buckets[0]).toEqual({ start: '2020-11-12', end: '2020-11-12', count: 1 })
    expect(buckets[6].count).toBe(3)
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(7)
  })
  it('counts per week and per month', () => {
    expect(bucketize(days, '2020-11-12', '2020-12-14', 'week').map((b) => b.count)).toEqual([1, 5, 0, 0, 0, 1])
    expect(bucketize(days, '2020-11-12', '2020-12-14', 'month').map((b) => [b.start, b.count])).toEqual([
      ['2020-11-01', 6],
      ['2020-12-01', 1],
    ])
  })
})

describe('axisTicks', () => {
  it('labels the ends and evenly spaced bars between, never more than asked', () => {
    expect(axisTicks(0, 4)).toEqual([])
    expect(axisTicks(1, 4)).toEqual([0])
    expect(axisTicks(2, 4)).toEqual([0, 1])
    expect(axisTicks(10, 4)).toEqual([0, 3, 6, 9])
    expect(axisTicks(100, 4)).toEqual([0, 33, 66, 99])
  })
})
