import { describe, expect, it } from 'vitest'
import { ByteReader, ByteWriter } from './byte-codec.ts'

describe('varints', () => {
  it('round-trip at the byte boundaries and beyond 32 bits', () => {
    const values = [0, 127, 128, 2 ** 21, 2 ** 32 - 1, 2 ** 53 - 1]
    for (const [value, bytes] of values.map((v, i) => [v, [1, 1, 2, 4, 5, 8][i]])) {
      const out = new ByteWriter(1)
      out.uint(value)
      expect(out.length).toBe(bytes)
      const r = new ByteReader(out.toBytes())
      expect(r.uint()).toBe(value)
      expect(r.done).toBe(true)
    }
  })

  it('round-trip a run of numbers and strings', () => {
    const out = new ByteWriter()
    out.uint(300)
    out.string('café ﬁ 😀')
    out.u32(0xdeadbeef)
    const r = new ByteReader(out.toBytes())
    expect([r.uint(), r.string(), r.u32()]).toEqual([300, 'café ﬁ 😀', 0xdeadbeef])
  })

  it('refuse to read past the end or a number that never ends', () => {
    const out = new ByteWriter()
    out.uint(2 ** 21)
    expect(() => new ByteReader(out.toBytes().subarray(0, 2)).uint()).toThrow(/ends inside/)
    expect(() => new ByteReader(new Uint8Array(9).fill(255)).uint()).toThrow(/too long/)
    expect(() => out.uint(-1)).toThrow(RangeError)
  })
})
