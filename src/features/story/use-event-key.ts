import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import { notForShortcuts } from '../../lib/keys.ts'
import { eventPath } from '../../content/paths.ts'

/** `e` opens the story's event (when it has one of more than one article). */
export function useEventKey(eventId: string | undefined) {
  const navigate = useNavigate()
  useEffect(() => {
    if (!eventId) return
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'e' || notForShortcuts(event)) return
      navigate(eventPath(eventId))
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [eventId, navigate])
}
