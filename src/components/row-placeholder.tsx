/** A row not yet loaded: the height of a row, so the list does not jump when it arrives. */
export function RowPlaceholder({ error, onRetry }: { error?: Error | null; onRetry?: () => void }) {
  return (
    <div className="story-row row-placeholder" aria-busy={!error}>
      {error ? (
        <p className="meta">
          This story could not be loaded.{' '}
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </p>
      ) : (
        <span className="visually-hidden">Loading…</span>
      )}
    </div>
  )
}
