import { useState, useSyncExternalStore } from 'react'
import { getNewEdition, subscribeNewEdition } from '../../lib/offline.ts'
import { useOnline } from '../../lib/use-online.ts'

const useNewEdition = () => useSyncExternalStore(subscribeNewEdition, getNewEdition, () => null)

/** A small, polite mark in the header while the browser is offline. */
export function OfflineBadge() {
  const online = useOnline()
  return (
    <span role="status" className="offline-status">
      {!online && (
        <span className="badge badge-muted" title="Pages and stories you have opened before still work">
          Offline
        </span>
      )}
    </span>
  )
}

/** The offer of a newer edition, once the service worker has it ready. */
export function EditionNotice() {
  const apply = useNewEdition()
  const [dismissed, setDismissed] = useState(false)
  return (
    <div role="status" className="edition-status">
      {apply && !dismissed && (
        <div className="edition-notice">
          <span>A new edition is available.</span>
          <button type="button" className="button-primary" onClick={apply}>
            Reload
          </button>
          <button type="button" className="link-button" onClick={() => setDismissed(true)}>
            Later
          </button>
        </div>
      )}
    </div>
  )
}
