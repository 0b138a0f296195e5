import { DATA_VERSION_META } from '../shared/data-version.ts'
import { checkForNewEdition } from './offline.ts'

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

/** Fetches one JSON file of this build's data (`manifest.json`, `story/<id>.json`, …). */
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
