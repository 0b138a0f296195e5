// Grouping and counting by a key, shared by the content plugin and the timeline.

/** Items in lists by key, keys in first-seen order. */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const list = groups.get(key)
    if (list) list.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/** How many items fall on each UTC day (`YYYY-MM-DD`) of their `publishedDateTime`, added into `counts`. */
export function countByDay(items: Iterable<{ publishedDateTime: string }>, counts: Record<string, number> = {}): Record<string, number> {
  for (const item of items) {
    const day = item.publishedDateTime.slice(0, 10)
    counts[day] = (counts[day] ?? 0) + 1
  }
  return counts
}
