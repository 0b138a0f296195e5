/** A failed fetch, said plainly, with a retry: never a blank page. */
export function LoadError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  return (
    <div className="load-error" role="alert">
      <p>
        Could not load {what}. {error instanceof Error ? <span className="meta">({error.message})</span> : null}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}
