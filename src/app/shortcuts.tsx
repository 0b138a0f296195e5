import { useEffect, useRef } from 'react'
import { useNavigate } from 'react-router'
import { notForShortcuts } from '../lib/keys.ts'

/** Every shortcut of the app, as the help lists them. */
const SHORTCUTS: [keys: string[], what: string][] = [
  [['j', 'k'], 'Next or previous story (or event) in a list'],
  [['Home', 'End'], 'First or last story (or event) in the list'],
  [['Enter'], 'Open the focused story'],
  [['Esc'], 'Back from a story or an event; close this help'],
  [['e'], 'On a story: open its event'],
  [['s'], 'Save the focused story, or the story open (again: unsave)'],
  [['/'], 'Search'],
  [['g', 't'], 'Go to the timeline'],
  [['g', 's'], 'Go to the stories'],
  [['?'], 'Show this help'],
]

/** How long after `g` its second key counts. */
const SEQUENCE_MS = 1500

/**
 * The app-wide shortcuts (`?` help, `/` search, `g t` timeline, `g s` stories, `s` save) and the
 * help they open: a modal dialog, so focus stays in it, Escape closes it and focus returns
 * to where it was. No shortcut fires while typing in a field.
 */
export function Shortcuts() {
  const dialog = useRef<HTMLDialogElement>(null)
  const navigate = useNavigate()
  useEffect(() => {
    let gAt = 0
    const onKey = (event: KeyboardEvent) => {
      if (notForShortcuts(event)) return
      const afterG = Date.now() - gAt < SEQUENCE_MS
      gAt = 0
      if (event.key === '?') {
        event.preventDefault()
        dialog.current?.showModal()
      } else if (event.key === '/') {
        const box = document.querySelector<HTMLInputElement>('main input[type="search"]')
        if (!box) return
        event.preventDefault()
        box.focus()
      } else if (event.key === 'g') {
        gAt = Date.now()
      } else if (afterG && (event.key === 't' || event.key === 's')) {
        event.preventDefault()
        navigate(event.key === 't' ? '/timeline' : '/')
      } else if (event.key === 's') {
        // The focused row's Save, or the open story's: never a row the reader is not on.
        const focused = document.activeElement?.closest('.story-row')
        const button = (focused ?? document.querySelector('main article.story'))?.querySelector<HTMLButtonElement>('[data-save]')
        if (!button) return
        event.preventDefault()
        button.click()
      }
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [navigate])

  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={what}>
            <dt>
              {keys.map((k, i) => (
                <span key={k}>
                  {i > 0 && (keys[0] === 'g' ? ' then ' : ' / ')}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  )
}
