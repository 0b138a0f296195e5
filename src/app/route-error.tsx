import { isRouteErrorResponse, Link, useMatch, useRevalidator, useRouteError } from 'react-router'
import { lazy, Suspense, useEffect } from 'react'
import { isOfflineError } from '../lib/offline.ts'
import { useDocumentTitle } from '../lib/use-document-title.ts'

const KnownOriginal = lazy(() => import('./known-original.tsx'))

/** The link to a story's outlet, when this tab or device knows the story. */
function Original({ story }: { story?: string }) {
  return story ? (
    <Suspense fallback={null}>
      <KnownOriginal id={story} />
    </Suspense>
  ) : null
}

export function NotFound({ what = 'page', story }: { what?: string; story?: string }) {
  useDocumentTitle('Not found')
  return (
    <section className="notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Not found</h1>
      <p>There is no {what} at this address. It may have been removed, or the link may be mistyped.</p>
      <p className="notice-actions">
        <Original story={story} />
        <Link to="/">Browse all stories</Link>
      </p>
    </section>
  )
}

/**
 * A route's error element: not-found for 404s, otherwise the failure with a retry. A story
 * this tab or device already knows (from a row page, or saved) keeps a link to its outlet.
 */
export function RouteError() {
  const error = useRouteError()
  const story = useMatch('/story/:id')?.params.id
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound what={error.data === 'story' || error.data === 'event' ? error.data : 'page'} story={story} />
  return <LoadFailed error={error} story={story} />
}

/**
 * Offline, said as such, for a page this device has not saved; otherwise a plain "could
 * not load". The technical message goes to the console.
 */
function LoadFailed({ error, story }: { error: unknown; story?: string }) {
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
        <Original story={story} />
        <Link to="/">Back to the stories</Link>
      </p>
    </section>
  )
}
