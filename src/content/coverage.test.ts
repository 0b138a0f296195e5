import { describe, expect, it } from 'vitest'
import { formatCoverage, plural } from './coverage.ts'

describe('formatCoverage', () => {
  it('agrees each count with its noun', () => {
    expect(formatCoverage(1, 1)).toBe('1 article from 1 outlet')
    expect(formatCoverage(2, 1)).toBe('2 articles from 1 outlet')
    expect(formatCoverage(1204, 12)).toBe('1,204 articles from 12 outlets')
    expect(plural(0, 'event')).toBe('0 events')
  })
})
