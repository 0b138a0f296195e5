import { DATA_VERSION_META } from '../shared/data-version.ts'
import { checkForNewEdition } from './offline.ts'
import { readPageData } from '../shared/page-data.ts'

const version = document.querySelector<HTMLMetaElement>(`meta[name="${DATA_VERSION_META}"]`)?.content || 'dev'
/** Where this build's data lives, e.g. `/data/3f9c0a1b2d/` (`/data/dev/` in `vite dev`). */
export const dataBase = `${import.meta.env.BASE_URL}data/${encodeURIComponent(version)}/`

/** Thrown for a data file that does not exist, so routes can show not-found. */
export class NotFoundError extends Error {
  constructor(path: string) {
    super(`Not found: ${path}`)
    this.name = 'NotFoundError'
  }
}

/** Fetches one JSON file of this build's data (`manifest.json`, `rows/0.json`, …). */
export async function fetchData<T>(path: string, signal?: AbortSignal): Promise<T> {
  // An explicit Accept keeps SPA fallbacks (vite preview, many hosts) from answering a
  // missing file with index.html.
  const response = await fetch(dataBase + path, { signal, headers: { Accept: 'application/json' } })
  // A host that rewrites every path to index.html answers a missing file with HTML.
  if (response.status === 404 || response.headers.get('content-type')?.includes('text/html')) {
    // A file of this edition gone from the server: a newer edition has likely replaced it.
    checkForNewEdition()
    throw new NotFoundError(path)
  }
  if (!response.ok) throw new Error(`Could not load ${path} (HTTP ${response.status})`)
  try {
    return (await response.json()) as T
  } catch {
    throw new Error(`Could not read ${path}: the file is not valid JSON`)
  }
}

/** The page data the HTML entry this tab opened carries, and the route it was written for. */
const opened: { route: string; json: string | null } = {
  route: routeOf(location.pathname),
  json: document.getElementById('page-data')?.textContent ?? null,
}

/** `/news/story/a-b/index.html`, `/news/story/a-b/` and `/news/story/a-b` are one route. */
function routeOf(pathname: string): string {
  return pathname.replace(/\/index\.html$/, '').replace(/\/+$/, '')
}

/**
 * One story's or event's data (`page` is its route, `story/<id>`): from the HTML entry this
 * tab opened when it is that page's, else from fetching that page's entry, where the build
 * embedded it (one file per page, no JSON beside it).
 */
export async function fetchPageData<T>(page: string, signal?: AbortSignal): Promise<T> {
  const route = routeOf(`${import.meta.env.BASE_URL}${page}`)
  if (opened.json !== null && opened.route === route) {
    // Used once: a retry after damaged data asks the server again.
    const json = opened.json
    opened.json = null
    try {
      return JSON.parse(json) as T
    } catch {
      throw new Error(`Could not read ${page}: its data is damaged`)
    }
  }
  const response = await fetch(`${route}/index.html`, { signal, headers: { Accept: 'text/html' } })
  if (response.status === 404) {
    checkForNewEdition()
    throw new NotFoundError(page)
  }
  if (!response.ok) throw new Error(`Could not load ${page} (HTTP ${response.status})`)
  const read = readPageData<T>(await response.text())
  if (read.ok) return read.data
  // A host answering a missing page with its fallback page: the app's shell, no data.
  if (read.problem === 'missing') throw new NotFoundError(page)
  throw new Error(`Could not read ${page}: its data is damaged`)
}
