import { SITE } from '../lib/site.ts'

/** What the first load shows until the first screen's data is in: the frame, never a blank page. */
export function Loading() {
  return (
    <>
      <header className="site-header">
        <span className="brand">{SITE.name}</span>
      </header>
      <main id="main">
        <p className="notice meta" role="status">
          Loading stories…
        </p>
      </main>
    </>
  )
}
