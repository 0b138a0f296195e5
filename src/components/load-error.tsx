import { useEffect } from 'react'
import { isOfflineError } from '../lib/offline.ts'

/**
 * A failed fetch, said in a reader's words, with a retry: never a blank page. The
 * technical message goes to the console, for whoever debugs it.
 */
export function LoadError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  useEffect(() => console.warn(error), [error])
  return (
    <div className="load-error" role="alert">
      <p>
        {isOfflineError(error)
          ? `You are offline, and ${what} ${what.endsWith('s') ? 'are' : 'is'} not saved on this device yet.`
          : `Could not load ${what}. Check your connection and try again.`}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
