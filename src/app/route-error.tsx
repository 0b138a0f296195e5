import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router'
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

/** A route's error element: not-found for 404s, otherwise the error with a retry. */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound what={error.data === 'story' || error.data === 'event' ? error.data : 'page'} />
  const message = error instanceof Error ? error.message : 'Something went wrong.'
  return (
    <section className="notice" role="alert">
      <h1>Could not load this view</h1>
      <p>{message}</p>
      <button type="button" onClick={() => void revalidator.revalidate()}>
        Retry
      </button>
    </section>
  )
}
