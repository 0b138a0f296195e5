import type { IndexRow } from '../content/types.ts'
import { toggleSaved } from '../lib/reader-memory.ts'
import { useIsSaved } from '../lib/use-reader-memory.ts'

/**
 * Saves the story on this device (or unsaves it): a toggle button, its name "Save" and its
 * state pressed; `s` presses the one of the focused row or the open story.
 */
export function SaveButton({ row, className = '' }: { row: IndexRow; className?: string }) {
  const saved = useIsSaved(row.id)
  return (
    <button type="button" className={`save-button ${className}`} aria-pressed={saved} aria-label="Save" data-save onClick={() => toggleSaved(row)}>
      <span aria-hidden="true">{saved ? '★ Saved' : '☆ Save'}</span>
    </button>
  )
}
