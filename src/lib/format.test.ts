import { describe, expect, it } from 'vitest'
import { formatLag, formatSpan } from './format.ts'

describe('formatLag', () => {
  it.each([
    [0, '+0 min'],
    [25 * 60_000, '+25 min'],
    [3 * 3_600_000, '+3 h'],
    [47 * 3_600_000, '+47 h'],
    [2 * 86_400_000, '+2 d'],
    [30 * 86_400_000, '+30 d'],
  ])('%i ms is %s', (ms, text) => expect(formatLag(ms)).toBe(text))
})

describe('formatSpan', () => {
  it('gives one date for a single day and a range otherwise', () => {
    const day = formatSpan('2020-11-18T10:00:00Z', '2020-11-18T11:00:00Z')
    expect(day).not.toMatch(/[–-]/)
    const range = formatSpan('2020-11-12T12:00:00Z', '2020-11-17T12:00:00Z')
    expect(range).toMatch(/12/)
    expect(range).toMatch(/17/)
    expect(formatSpan('', '')).toBe('')
  })
})
