import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { qualitySteps, standing, STANDINGS } from './quality.ts'

describe('quality standing', () => {
  it('places scores by their share of the corpus, whatever its range', () => {
    const scores = Array.from({ length: 100 }, (_, i) => i + 1) // 1..100
    const steps = qualitySteps(scores)
    expect(steps).toEqual([91, 76, 51])
    expect(standing(95, steps)).toBe('Top 10 %')
    expect(standing(80, steps)).toBe('Top 25 %')
    expect(standing(51, steps)).toBe('Top half')
    expect(standing(50, steps)).toBe('Lower half')
  })

  it('never names more stories a standing than its share (ties aside)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 300 }), (scores) => {
        const steps = qualitySteps(scores)
        STANDINGS.forEach(({ share }, i) => {
          const inside = scores.filter((q) => q >= steps[i]).length
          expect(inside).toBe(Math.max(1, Math.ceil(share * scores.length)))
        })
      }),
    )
  })
})
