import { useEffect, useState, type ReactNode } from 'react'

export interface RowListProps<T> {
  rows: ArrayLike<T>
  /**
   * A key unique across lists (rows of another list may be measured in the same cache): a
   * story's list position (a number: 100,000 results are keyed with no string built) is
   * the same story, of the same height, in every list of stories.
   */
  keyOf: (row: T) => string | number
  children: (row: T) => ReactNode
}

type Virtual = typeof import('./virtual-list.tsx').VirtualList

/** How many rows stand in until the virtualized list is loaded: more than a first screen holds. */
const FIRST_ROWS = 12

// The virtualizer (about 11 KB gzip) matters once the reader scrolls past the first screen,
// so it is not in the first route: its loading starts with the list, beside the list's data,
// and the first rows stand in plainly in the meantime.
let loaded: Virtual | null = null
const loading = import('./virtual-list.tsx').then((m) => (loaded = m.VirtualList))

/** The list's rows: virtualized once that code is in, its first rows plainly until then. */
export function RowList<T>(props: RowListProps<T>) {
  const [Virtual, setVirtual] = useState(() => loaded)
  useEffect(() => {
    if (!Virtual) void loading.then((v) => setVirtual(() => v))
  }, [Virtual])
  if (Virtual) return <Virtual {...props} />
  const { rows, children } = props
  return (
    <ol id="stories" className="story-list plain">
      {Array.from({ length: Math.min(FIRST_ROWS, rows.length) }, (_, i) => (
        <li key={props.keyOf(rows[i])} data-index={i} aria-setsize={rows.length} aria-posinset={i + 1}>
          {children(rows[i])}
        </li>
      ))}
    </ol>
  )
}
