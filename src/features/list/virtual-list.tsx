import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useNavigationType } from 'react-router'
import { useListKeys } from './use-list-keys.ts'
import { focusedRow, keepMeasured, measuredRows, noteFocus, ROW_ESTIMATE } from './row-memory.ts'
import type { RowListProps } from './row-list.tsx'

/**
 * Stories or events as a virtualized list: only the rows near the viewport are in the DOM,
 * so a corpus of 100,000 scrolls like one of ten. The window scrolls, as on any page.
 * Loaded on demand by RowList.
 */
export function VirtualList<T>({ rows, keyOf, children, focus = null }: RowListProps<T> & { /** A row to focus at once (it had focus in the plain rows). */ focus?: number | null }) {
  const listRef = useRef<HTMLOListElement>(null)
  const [offset, setOffset] = useState(0)
  // The list starts below the filters and notices, whose heights change: follow the page.
  useLayoutEffect(() => {
    const measure = () => setOffset(listRef.current?.offsetTop ?? 0)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])

  // A new key function makes the virtualizer walk every row again (100,000 at the largest):
  // it changes with the rows only, not with each render or scroll frame.
  const getItemKey = useCallback((i: number) => keyOf(rows[i]), [rows, keyOf])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    scrollMargin: offset,
    getItemKey,
    initialMeasurementsCache: measuredRows(),
  })
  useEffect(() => () => keepMeasured(virtualizer.itemSizeCache), [virtualizer])

  const navigationType = useNavigationType()
  // On the way back to the list (Escape, Back), focus returns to the row that was open.
  const [active, setActive] = useState<number | null>(() => focus ?? (navigationType === 'POP' ? indexOfKey(rows, keyOf, focusedRow()) : null))
  const move = useCallback(
    (delta: number) => {
      const focused = Number(document.activeElement?.closest('[data-index]')?.getAttribute('data-index') ?? NaN)
      const from = Number.isNaN(focused) ? (active ?? -1) : focused
      const next = Math.max(0, Math.min(rows.length - 1, from + delta))
      setActive(next)
      virtualizer.scrollToIndex(next, { align: 'auto' })
    },
    [active, rows.length, virtualizer],
  )
  useListKeys(listRef, move)
  // A row handed over from the plain rows is on screen, except the last after End there:
  // measured rows may have moved it since.
  useEffect(() => {
    if (focus !== null) virtualizer.scrollToIndex(focus, { align: 'auto' })
  }, [focus, virtualizer])

  // The row may only exist after the scroll above re-renders the window, and a long jump
  // (End) may render it, then measure and re-render the rows around it, dropping its focus:
  // for a second, focus it when it is there and focus is nowhere (or, at first, in the list).
  useEffect(() => {
    if (active === null) return
    const until = performance.now() + 1000
    let focused = false
    let handle = 0
    const focus = () => {
      const current = document.activeElement
      const free = !current || current === document.body || (!focused && !!listRef.current?.contains(current))
      const link = listRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${active}"] a`)
      if (link && free && link !== current) link.focus({ preventScroll: true })
      focused ||= !!link && document.activeElement === link
      if (performance.now() < until) handle = requestAnimationFrame(focus)
    }
    focus()
    return () => cancelAnimationFrame(handle)
  }, [active])

  return (
    <ol
      ref={listRef}
      id="stories"
      className="story-list"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(e) => {
        const index = Number((e.target as HTMLElement).closest('[data-index]')?.getAttribute('data-index') ?? NaN)
        if (!Number.isNaN(index) && index < rows.length) noteFocus(keyOf(rows[index]))
      }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {children(row)}
          </li>
        )
      })}
    </ol>
  )
}

function indexOfKey<T>(rows: ArrayLike<T>, keyOf: (row: T) => string | number, key: string | number | null): number | null {
  if (key === null) return null
  for (let i = 0; i < rows.length; i++) if (keyOf(rows[i]) === key) return i
  return null
}
