import { useState } from 'react'

export function CopyLink() {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href)
      setState('copied')
    } catch {
      setState('failed')
    }
    setTimeout(() => setState('idle'), 2500)
  }
  return (
    <>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="meta" role="status">
        {state === 'copied' ? 'Link copied' : state === 'failed' ? 'Could not copy: use the address bar' : ''}
      </span>
    </>
  )
}
