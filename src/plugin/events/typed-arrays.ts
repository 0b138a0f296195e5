// Typed-array helpers of the grouping's hot loops.
/** Below this many elements an insertion sort beats a typed array's native sort, whose call alone costs more. */
const INSERTION_MAX = 48

/**
 * Sorts `array[from..to)` ascending, in place. The grouping sorts millions of runs of a few
 * dozen numbers (an article's terms, a sum's weights); `subarray(…).sort()` for each took a
 * fifth of the weighting's time.
 */
export function sortRange(array: Int32Array | Float64Array, from: number, to: number): void {
  if (to - from > INSERTION_MAX) {
    array.subarray(from, to).sort()
    return
  }
  for (let i = from + 1; i < to; i++) {
    const x = array[i]
    let j = i - 1
    for (; j >= from && array[j] > x; j--) array[j + 1] = array[j]
    array[j + 1] = x
  }
}

/** A typed array twice the size (at least `least`), its values copied: the grouping's buffers grow by doubling. */
export function grown<T extends Int32Array | Float32Array | Float64Array | Uint8Array>(array: T, least = 0): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(array.length * 2, least))
  bigger.set(array)
  return bigger
}
