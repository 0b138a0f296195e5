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
  // missing file with index.html; a host that rewrites every path to index.html still does.
  const response = await load(dataBase + path, path, 'application/json', signal, (r) => r.status === 404 || !!r.headers.get('content-type')?.includes('text/html'))
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
  const response = await load(`${route}/index.html`, page, 'text/html', signal, (r) => r.status === 404)
  const read = readPageData<T>(await response.text())
  if (read.ok) return read.data
  // A host answering a missing page with its fallback page: the app's shell, no data.
  if (read.problem === 'missing') throw new NotFoundError(page)
  throw new Error(`Could not read ${page}: its data is damaged`)
}

/**
 * `url`'s response, or the error the view shows: not found when `missing` says so (a file
 * of this edition gone from the server: a newer edition has likely replaced it), or a
 * failed load.
 */
async function load(url: string, what: string, accept: string, signal: AbortSignal | undefined, missing: (response: Response) => boolean): Promise<Response> {
  const response = await fetch(url, { signal, headers: { Accept: accept } })
  if (missing(response)) {
    checkForNewEdition()
    throw new NotFoundError(what)
  }
  if (!response.ok) throw new Error(`Could not load ${what} (HTTP ${response.status})`)
  return response
}
