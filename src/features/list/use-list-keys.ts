import { useEffect } from 'react'
import { notForShortcuts } from '../../lib/keys.ts'

/**
 * j/k anywhere on the page (not while typing), and the arrow keys while focus is in the
 * list, move through the list's rows.
 */
export function useListKeys(list: React.RefObject<HTMLElement | null>, move: (delta: 1 | -1) => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (notForShortcuts(event)) return
      const target = event.target as HTMLElement
      const inList = !!list.current?.contains(target)
      const delta =
        event.key === 'j' || (inList && event.key === 'ArrowDown') ? 1 : event.key === 'k' || (inList && event.key === 'ArrowUp') ? -1 : 0
      if (!delta) return
      event.preventDefault()
      move(delta)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [list, move])
}
