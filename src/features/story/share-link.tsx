import { useState } from 'react'

/**
 * Shares the page: the system's share sheet where the device has one (phones), a copy of
 * the link to the clipboard elsewhere.
 */
export function ShareLink({ title }: { title: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const canShare = typeof navigator.share === 'function'
  const share = async () => {
    const url = window.location.href
    if (canShare) {
      // Dismissing the sheet rejects: that is the reader's choice, not a failure to report.
      await navigator.share({ title, url }).catch(() => {})
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('failed')
    }
    setTimeout(() => setState('idle'), 2500)
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void share()}>
        {canShare ? 'Share' : 'Copy link'}
      </button>
      <span className="meta" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </>
  )
}
