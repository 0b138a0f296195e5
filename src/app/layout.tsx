import { NavLink, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'
import { EditionNotice, OfflineBadge } from '../features/offline/notices.tsx'
import { Shortcuts } from './shortcuts.tsx'
import { SITE } from '../lib/site.ts'

export function Layout() {
  const navigation = useNavigation()
  const { pathname } = useLocation()
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      {/* Past the search and the filters (about 17 Tab stops) to the first story. */}
      {pathname === '/' && (
        <a className="skip-link" href="#stories" onClick={skipToStories}>
          Skip to stories
        </a>
      )}
      <header className="site-header">
        <NavLink to="/" className="brand" end>
          {SITE.name}
        </NavLink>
        <OfflineBadge />
        <nav aria-label="Views">
          <NavLink to="/" end className="nav-stories">
            Stories
          </NavLink>
          <NavLink to="/timeline">Timeline</NavLink>
          <NavLink to="/outlets">Outlets</NavLink>
          <NavLink to="/saved">Saved</NavLink>
        </nav>
      </header>
      {navigation.state === 'loading' && <div className="progress" role="progressbar" aria-label="Loading" />}
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <Shortcuts />
      <EditionNotice />
      {/* Back to the list lands where the reader left it. */}
      <ScrollRestoration />
    </>
  )
}

function skipToStories(event: React.MouseEvent) {
  const first = document.querySelector<HTMLElement>('#stories a')
  if (!first) return
  event.preventDefault()
  first.focus()
}
