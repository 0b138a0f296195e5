import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
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
  // A row moved to by a key is brought into view once it is there (not one focused again on
  // the way back, where the page's own scroll is restored).
  const reveal = useRef(focus !== null)
  const move = useCallback(
    (delta: number) => {
      reveal.current = true
      const focused = Number(document.activeElement?.closest('[data-index]')?.getAttribute('data-index') ?? NaN)
      const from = Number.isNaN(focused) ? (active ?? -1) : focused
      const next = Math.max(0, Math.min(rows.length - 1, from + delta))
      setActive(next)
      go(virtualizer, next, rows.length)
    },
    [active, rows.length, virtualizer],
  )
  useListKeys(listRef, move)
  // A row handed over from the plain rows is on screen, except the last after End there:
  // measured rows may have moved it since. Once, on arrival: the list stays mounted when
  // its rows change (a filter), and must not scroll back to that row then.
  const handedOver = useRef(focus)
  useEffect(() => {
    if (handedOver.current !== null) go(virtualizer, handedOver.current, rows.length)
    handedOver.current = null
  }, [rows.length, virtualizer])

  // The row may only exist after the scroll above re-renders the window, and a long jump
  // (End) may render it, then measure and re-render the rows around it, dropping its focus
  // or pushing it below the window (rows taller than estimated grow the list under it): for
  // a second, focus it when it is there and focus is nowhere (or, at first, in the list),
  // and keep it in view until the reader scrolls.
  useEffect(() => {
    if (active === null) return
    const until = performance.now() + 1000
    let focused = false
    let keepInView = reveal.current
    reveal.current = false
    const readerScrolls = () => void (keepInView = false)
    const events = ['wheel', 'touchstart', 'pointerdown'] as const
    for (const e of events) window.addEventListener(e, readerScrolls, { passive: true })
    let handle = 0
    const focus = () => {
      const current = document.activeElement
      const free = !current || current === document.body || (!focused && !!listRef.current?.contains(current))
      const row = listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)
      const link = row?.querySelector('a')
      if (link && free && link !== current) link.focus({ preventScroll: true })
      focused ||= !!link && document.activeElement === link
      const box = keepInView && row?.getBoundingClientRect()
      if (box && (box.top < -1 || box.bottom > window.innerHeight + 1)) row!.scrollIntoView({ block: 'nearest' })
      if (performance.now() < until) handle = requestAnimationFrame(focus)
    }
    focus()
    return () => {
      cancelAnimationFrame(handle)
      for (const e of events) window.removeEventListener(e, readerScrolls)
    }
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

/**
 * Scrolls to a row: the first is the page's top (the filters above it), the last the page's
 * end, each at once; another just into view. The end is the browser's own bottom, corrected
 * as the rows on the way are measured: the last row's estimated place fell short by up to
 * 1,800 px where rows are taller than the estimate (a phone).
 */
function go(virtualizer: Virtualizer<Window, Element>, index: number, count: number) {
  if (index === 0) window.scrollTo({ top: 0, behavior: 'instant' })
  else if (index === count - 1) virtualizer.scrollToEnd()
  else virtualizer.scrollToIndex(index, { align: 'auto' })
}

function indexOfKey<T>(rows: ArrayLike<T>, keyOf: (row: T) => string | number, key: string | number | null): number | null {
  if (key === null) return null
  for (let i = 0; i < rows.length; i++) if (keyOf(rows[i]) === key) return i
  return null
}
