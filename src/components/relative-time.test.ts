import { describe, expect, it } from 'vitest'
import { relativeTime } from './relative-time.ts'

const now = Date.parse('2020-11-20T12:00:00Z')

describe('relativeTime', () => {
  it('says how long ago within a week', () => {
    expect(relativeTime('2020-11-20T11:59:30Z', now, 'en')).toBe('now')
    expect(relativeTime('2020-11-20T11:55:00Z', now, 'en')).toBe('5 minutes ago')
    expect(relativeTime('2020-11-20T09:00:00Z', now, 'en')).toBe('3 hours ago')
    expect(relativeTime('2020-11-19T11:00:00Z', now, 'en')).toBe('yesterday')
    expect(relativeTime('2020-11-14T12:00:01Z', now, 'en')).toBe('5 days ago')
  })
  it('gives up for older, future and invalid dates', () => {
    expect(relativeTime('2020-11-13T12:00:00Z', now, 'en')).toBeNull()
    expect(relativeTime('2020-11-21T12:00:00Z', now, 'en')).toBeNull()
    expect(relativeTime('nope', now, 'en')).toBeNull()
  })
})
