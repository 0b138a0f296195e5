// Intersection of ascending posting lists. It starts from the shortest list and gallops
// (doubling steps, then a binary search) through each longer one, so a rare term with a broad
// one costs about rare × log(broad / rare), not the broad list's length.

export interface Intersection {
  docs: Uint32Array
  /** For each input list k, where each result lies in it: lists[k][at[k][j]] === docs[j]. */
  at: Uint32Array[]
}

export function intersectLists(lists: readonly Uint32Array[]): Intersection {
  if (lists.length === 0) return { docs: new Uint32Array(0), at: [] }
  const order = lists.map((_, k) => k).sort((a, b) => lists[a].length - lists[b].length)
  let docs: Uint32Array = lists[order[0]].slice()
  const at: Uint32Array[] = new Array(lists.length)
  at[order[0]] = docs.map((_, i) => i)
  const done = [order[0]]
  for (const k of order.slice(1)) {
    const list = lists[k]
    const kept = new Uint32Array(docs.length)
    const found = new Uint32Array(docs.length)
    let count = 0
    let cursor = 0
    for (let j = 0; j < docs.length && cursor < list.length; j++) {
      cursor = gallop(list, docs[j], cursor)
      if (cursor < list.length && list[cursor] === docs[j]) {
        kept[count] = j
        found[count++] = cursor
      }
    }
    docs = pick(docs, kept, count)
    for (const d of done) at[d] = pick(at[d], kept, count)
    at[k] = found.slice(0, count)
    done.push(k)
  }
  return { docs, at }
}

/** The first index at or after `from` whose value is at least `target` (list.length if none). */
export function gallop(list: Uint32Array, target: number, from: number): number {
  let low = from
  let step = 1
  let high = from
  while (high < list.length && list[high] < target) {
    low = high + 1
    high += step
    step *= 2
  }
  high = Math.min(high, list.length)
  while (low < high) {
    const mid = (low + high) >>> 1
    if (list[mid] < target) low = mid + 1
    else high = mid
  }
  return low
}

function pick(values: Uint32Array, indices: Uint32Array, count: number): Uint32Array {
  const out = new Uint32Array(count)
  for (let i = 0; i < count; i++) out[i] = values[indices[i]]
  return out
}
