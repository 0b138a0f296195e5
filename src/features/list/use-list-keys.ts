import { useEffect } from 'react'
import { notForShortcuts } from '../../lib/keys.ts'

/** Keys that move anywhere on the page (not while typing), and those only while focus is in the list. */
const STEPS = new Map([['j', 1], ['k', -1], ['End', Infinity], ['Home', -Infinity]])
const LIST_STEPS = new Map([['ArrowDown', 1], ['ArrowUp', -1]])

/**
 * j/k anywhere on the page (not while typing), and the arrow keys while focus is in the
 * list, move through the list's rows; Home and End go to its first and last row. `move`
 * takes a step, or ±Infinity for the ends.
 *
 * Home and End are the list's, not the browser's: the browser scrolls there smoothly, and
 * the virtualizer's first measurements of the rows it passes write the scroll position,
 * which stops that scroll half-way (a reader pressing End would land mid-list).
 */
export function useListKeys(list: React.RefObject<HTMLElement | null>, move: (delta: number) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (notForShortcuts(event)) return
      const target = event.target as HTMLElement
      const inList = !!list.current?.contains(target)
      const delta = STEPS.get(event.key) ?? (inList ? LIST_STEPS.get(event.key) : undefined)
      if (delta === undefined) return
      event.preventDefault()
      move(delta)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [list, move])
}
