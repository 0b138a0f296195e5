import { describe, expect, it } from 'vitest'
import { rowExcerpt } from './to-row.ts'

describe('rowExcerpt', () => {
  it('leaves out an excerpt that only repeats the title', () => {
    expect(rowExcerpt('LAPD bans Clearview AI', 'LAPD bans Clearview AI.')).toBeUndefined()
    expect(rowExcerpt('LAPD bans Clearview AI', '')).toBeUndefined()
  })
  it('keeps one line of an excerpt that says more, cut at a word', () => {
    expect(rowExcerpt('LAPD bans Clearview AI', 'The department barred detectives from third-party tools.')).toBe('The department barred detectives from third-party tools.')
    const long = rowExcerpt('T', 'word '.repeat(80))!
    expect(long.length).toBeLessThanOrEqual(181)
    expect(long.endsWith('word…')).toBe(true)
  })
})
