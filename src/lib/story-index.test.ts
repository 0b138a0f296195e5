import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pageOf } from './story-index.ts'

describe('pageOf', () => {
  it('finds a row’s page and its place in it', () => {
    expect(pageOf(0, 50)).toEqual({ page: 0, offset: 0 })
    expect(pageOf(49, 50)).toEqual({ page: 0, offset: 49 })
    expect(pageOf(50, 50)).toEqual({ page: 1, offset: 0 })
    expect(pageOf(12_345, 50)).toEqual({ page: 246, offset: 45 })
  })
  it('covers every position exactly once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 10_000 }), (size, position) => {
        const { page, offset } = pageOf(position, size)
        expect(page * size + offset).toBe(position)
        expect(offset).toBeGreaterThanOrEqual(0)
        expect(offset).toBeLessThan(size)
      }),
    )
  })
})
