import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { noteFocus, rememberSizes, ROW_ESTIMATE } from './row-memory.ts'
import { useListKeys } from './use-list-keys.ts'
import { LoadError } from '../../components/load-error.tsx'

export interface RowListProps<T> {
  rows: ArrayLike<T>
  /**
   * A key unique across lists (rows of another list may be measured in the same cache): a
   * story's list position (a number: 100,000 results are keyed with no string built) is
   * the same story, of the same height, in every list of stories. Pass one function, not
   * a new one each render: a new one makes the virtualizer key every row again.
   */
  keyOf: (row: T) => string | number
  children: (row: T) => ReactNode
}

type Virtual = typeof import('./virtual-list.tsx').VirtualList

/** How many rows stand in until the virtualized list is loaded: more than a first screen holds. */
const FIRST_ROWS = 12

// The virtualizer (about 11 KB gzip) matters once the reader scrolls past the first screen,
// so it is not in the first route: it loads once the first rows are on screen, which stand
// in plainly until then. (Loading it beside the list's data instead held the first rows'
// paint back by 250 ms in Lighthouse's simulated phone.)
let loaded: Virtual | null = null
let loading: Promise<Virtual> | undefined
const load = () =>
  (loading ??= import('./virtual-list.tsx').then(
    (m) => (loaded = m.VirtualList),
    (error: unknown) => {
      loading = undefined // a retry loads it again
      throw error
    },
  ))

/** The list's rows: virtualized once that code is in, its first rows plainly until then. */
export function RowList<T>(props: RowListProps<T>) {
  // The virtualized list once in, with the row that had focus in the plain rows (it focuses it again).
  const [virtual, setVirtual] = useState<{ List: Virtual; focus: number | null } | null>(() => loaded && { List: loaded, focus: null })
  const onLoaded = useCallback((List: Virtual, focus: number | null) => setVirtual({ List, focus }), [])
  return virtual ? <virtual.List {...props} focus={virtual.focus} /> : <PlainRows {...props} onLoaded={onLoaded} />
}

/** The first rows in the page's flow, moved through with j/k, while the virtualizer loads. */
function PlainRows<T>({ rows, keyOf, children, onLoaded }: RowListProps<T> & { onLoaded: (virtual: Virtual, focused: number | null) => void }) {
  const list = useRef<HTMLOListElement>(null)
  // End asked of the plain rows: the virtualized list focuses the last row once it is in.
  const toLast = useRef(false)
  const move = useCallback((delta: number) => {
    if (delta === Infinity) {
      toLast.current = true
      // The rows not shown yet keep their room below: the page's end is the list's end.
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' })
      return
    }
    toLast.current = false
    const items = [...(list.current?.children ?? [])]
    const from = focusedIndex(list.current) ?? -1
    items[Math.max(0, Math.min(items.length - 1, from + delta))]?.querySelector('a')?.focus()
  }, [])
  // Without the virtualizer the first rows stay, with the failure said and a retry.
  const [failed, setFailed] = useState<unknown>(null)
  useEffect(() => {
    if (failed !== null) return
    let live = true
    load().then((virtual) => {
      if (!live) return
      // The virtualized list starts with the heights these rows have: nothing moves, and a
      // page scrolled meanwhile stays where it is. Its rows replace these: focus follows.
      rememberSizes([...(list.current?.children ?? [])].map((li, i) => ({ key: keyOf(rows[i]), size: li.getBoundingClientRect().height })))
      onLoaded(virtual, toLast.current && atPageEnd() ? rows.length - 1 : focusedIndex(list.current))
    }, (error: unknown) => live && setFailed(() => error))
    return () => void (live = false)
  }, [rows, keyOf, onLoaded, failed])
  useListKeys(list, move)
  return (
    <>
      <ol
        ref={list}
        id="stories"
        className="story-list plain"
        // The rows not shown yet keep their estimated room: the page is as tall as it will be,
        // so End, a scrollbar's drag and the virtualized list's first window agree. (Not
        // after a failure: the notice follows the rows.)
        style={{ paddingBottom: failed === null ? Math.max(0, rows.length - FIRST_ROWS) * ROW_ESTIMATE : 0 }}
        onFocus={() => {
          const index = focusedIndex(list.current)
          if (index !== null) noteFocus(keyOf(rows[index]))
        }}
      >
        {Array.from({ length: Math.min(FIRST_ROWS, rows.length) }, (_, i) => (
          <li key={keyOf(rows[i])} data-index={i} aria-setsize={rows.length} aria-posinset={i + 1}>
            {children(rows[i])}
          </li>
        ))}
      </ol>
      {failed !== null && <LoadError what="the rest of the list" error={failed} onRetry={() => setFailed(null)} />}
    </>
  )
}

/** Still at the page's end (End was pressed, and the reader has not scrolled back up since). */
const atPageEnd = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - ROW_ESTIMATE

function focusedIndex(list: HTMLElement | null): number | null {
  const row = document.activeElement?.closest('[data-index]')
  return row && list?.contains(row) ? Number(row.getAttribute('data-index')) : null
}
