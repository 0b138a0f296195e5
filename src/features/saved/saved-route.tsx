import { useQuery } from '@tanstack/react-query'
import { useState, type ChangeEvent } from 'react'
import { Link } from 'react-router'
import { OriginalLink } from '../../components/original-link.tsx'
import type { IndexRow } from '../../content/types.ts'
import { NotFoundError } from '../../lib/data.ts'
import { exportMemory, importMemory } from '../../lib/reader-memory.ts'
import { useSavedStories } from '../../lib/use-reader-memory.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { storyQuery } from '../../lib/content-queries.ts'
import { StoryRow } from '../../components/story-row.tsx'

/** The stories saved on this device, newest saved first, with a way to move them to another. */
export function Component() {
  useDocumentTitle('Saved stories')
  const saved = useSavedStories()
  const providers = useProviders()
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null)

  async function onImport(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    try {
      const added = importMemory(await file.text())
      setStatus({ text: `Imported ${added.saved} saved ${added.saved === 1 ? 'story' : 'stories'} and ${added.read} read ${added.read === 1 ? 'mark' : 'marks'}.` })
    } catch (error) {
      setStatus({ text: error instanceof Error ? error.message : String(error), error: true })
    }
  }

  return (
    <section aria-labelledby="saved-title" className="saved-view">
      <h1 id="saved-title">Saved stories</h1>
      <p className="meta">Kept in this browser, on this device only. Export them to a file to move them to another device, then import it there.</p>
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {saved.length.toLocaleString()} saved {saved.length === 1 ? 'story' : 'stories'}
        </p>
        <div className="saved-actions">
          <button type="button" onClick={() => download(exportMemory())} disabled={saved.length === 0}>
            Export
          </button>
          <label className="button">
            Import…
            <input type="file" accept="application/json,.json" className="visually-hidden" onChange={(e) => void onImport(e)} />
          </label>
        </div>
      </div>
      <p role="status" className={status?.error ? 'import-error' : 'meta'}>
        {status?.text}
      </p>
      {saved.length === 0 ? (
        <div className="empty">
          <p>Nothing saved yet. Choose Save on a story (or press <kbd>s</kbd> on a focused one) to keep it here.</p>
          <p>
            <Link to="/">Browse the stories</Link>
          </p>
        </div>
      ) : (
        <ol className="story-list saved-list">
          {saved.map((s) => (
            <li key={s.row.id}>
              <SavedRow row={s.row} provider={providers.byDomain.get(s.row.provider)} />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

/** A saved story as the list shows it; one that left the corpus says so instead of vanishing. */
function SavedRow({ row, provider }: { row: IndexRow; provider: Parameters<typeof StoryRow>[0]['provider'] }) {
  const { error } = useQuery({ ...storyQuery(row.id), retry: false })
  const gone = error instanceof NotFoundError && (
    <>
      No longer in this reader’s stories: its outlet or the corpus dropped it. <OriginalLink row={row} />
    </>
  )
  return <StoryRow row={row} provider={provider} gone={gone} />
}

function download(file: object) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }))
  const a = document.createElement('a')
  a.href = url
  a.download = `story-reader-saved-${new Date().toISOString().slice(0, 10)}.json`
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
