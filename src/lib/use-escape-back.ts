import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { notForShortcuts } from './keys.ts'

/** Escape goes back to where the reader came from in the app, or to the list. */
export function useEscapeBack() {
  const navigate = useNavigate()
  const location = useLocation()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || notForShortcuts(event)) return
      // 'default' is the key of the first entry: nothing of ours to go back to.
      if (location.key !== 'default') navigate(-1)
      else navigate('/')
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate, location.key])
}
