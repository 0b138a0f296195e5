import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { grown, sortRange } from './typed-arrays.ts'

describe('sortRange', () => {
  it('sorts the range as the native sort does, and leaves the rest', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 120 }), fc.nat(), fc.nat(), (values, a, b) => {
        const array = Int32Array.from(values)
        const from = values.length ? a % (values.length + 1) : 0
        const to = from + (values.length - from ? b % (values.length - from + 1) : 0)
        const expected = Int32Array.from(values)
        expected.subarray(from, to).sort()
        sortRange(array, from, to)
        expect([...array]).toEqual([...expected])
      }),
    )
  })

  it('sorts doubles', () => {
    const array = Float64Array.from([0.5, -1, 3.25, 0.5, 2])
    sortRange(array, 0, 5)
    expect([...array]).toEqual([-1, 0.5, 0.5, 2, 3.25])
  })
})

describe('grown', () => {
  it('doubles the array, keeping its values and type', () => {
    const bigger = grown(Int32Array.from([1, 2, 3]))
    expect(bigger).toBeInstanceOf(Int32Array)
    expect([...bigger]).toEqual([1, 2, 3, 0, 0, 0])
    expect(grown(new Float64Array(2), 5)).toHaveLength(5)
  })
})
