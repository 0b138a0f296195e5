import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router'
import { useEffect } from 'react'
import { isOfflineError } from '../lib/offline.ts'
import { useDocumentTitle } from '../lib/use-document-title.ts'

export function NotFound({ what = 'page' }: { what?: string }) {
  useDocumentTitle('Not found')
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>There is no {what} at this address. It may have been removed, or the link may be mistyped.</p>
      <p>
        <Link to="/">Browse all stories</Link>
      </p>
    </section>
  )
}

/** A route's error element: not-found for 404s, otherwise the failure with a retry. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound what={error.data === 'story' || error.data === 'event' ? error.data : 'page'} />
  return <LoadFailed error={error} />
}

/**
 * Offline, said as such, for a page this device has not saved; otherwise a plain "could
 * not load". The technical message goes to the console.
 */
function LoadFailed({ error }: { error: unknown }) {
  const revalidator = useRevalidator()
  const offline = isOfflineError(error)
  useEffect(() => console.warn(error), [error])
  useDocumentTitle(offline ? 'Offline' : 'Could not load')
  return (
    <section className="notice" role="alert" aria-labelledby="route-error-title">
      <h1 id="route-error-title">{offline ? 'You are offline' : 'This page could not be loaded'}</h1>
      <p>
        {offline
          ? 'This page has not been opened on this device before, so it is not saved for reading offline. It will load once you are back online.'
          : 'Check your connection and try again.'}
      </p>
      <p className="notice-actions">
        <button type="button" onClick={() => void revalidator.revalidate()}>
          Retry
        </button>
        <Link to="/">Back to the stories</Link>
      </p>
    </section>
  )
}
