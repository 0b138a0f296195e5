import { useEffect, type RefObject } from 'react'
import { notForShortcuts } from '../../lib/keys.ts'

/** j/k move through the timeline's entries as they do through the list: focus goes to the next or previous entry's link. */
export function useItemKeys(container: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (notForShortcuts(event) || (event.key !== 'j' && event.key !== 'k')) return
      const links = [...(container.current?.querySelectorAll<HTMLAnchorElement>('.timeline-item > a') ?? [])]
      if (links.length === 0) return
      event.preventDefault()
      const at = links.indexOf(document.activeElement as HTMLAnchorElement)
      const next = at < 0 ? (event.key === 'j' ? 0 : links.length - 1) : Math.max(0, Math.min(links.length - 1, at + (event.key === 'j' ? 1 : -1)))
      links[next].focus()
      links[next].scrollIntoView({ block: 'nearest' })
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [container])
}
