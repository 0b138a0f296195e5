import { describe, expect, it } from 'vitest'
import { isDay, toUtcIso } from './dates.ts'

describe('toUtcIso', () => {
  it('normalizes Date objects and ISO strings to UTC', () => {
    expect(toUtcIso(new Date('2020-11-17T22:37:00Z'))).toBe('2020-11-17T22:37:00.000Z')
    expect(toUtcIso('2020-11-17T22:37:00Z')).toBe('2020-11-17T22:37:00.000Z')
  })
  it('honours offsets', () => {
    expect(toUtcIso('2020-11-17T20:00:00-07:00')).toBe('2020-11-18T03:00:00.000Z')
    expect(toUtcIso('2020-11-17T20:00:00+0530')).toBe('2020-11-17T14:30:00.000Z')
    expect(toUtcIso('2020-11-17 20:00:00 +01')).toBe('2020-11-17T19:00:00.000Z')
  })
  it('reads a day or a zone-less time as UTC', () => {
    expect(toUtcIso('2020-11-17')).toBe('2020-11-17T00:00:00.000Z')
    expect(toUtcIso('2020-11-17T08:15')).toBe('2020-11-17T08:15:00.000Z')
  })
  it.each(['yesterday', '2020-13-01', '2020-02-31', '17/11/2020', '', 20201117, null])('rejects %j', (value) => {
    expect(toUtcIso(value)).toBeNull()
  })
  it('rejects invalid Date objects', () => {
    expect(toUtcIso(new Date('nope'))).toBeNull()
  })
})

describe('isDay', () => {
  it('accepts real calendar days only', () => {
    expect(isDay('2020-11-17')).toBe(true)
    expect(isDay('2020-02-30')).toBe(false)
    expect(isDay('2020-11-17T00:00')).toBe(false)
  })
})
