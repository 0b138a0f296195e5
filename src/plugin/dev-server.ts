// The dev server's side of the content plugin: the corpus served from memory as
// `data/dev/` and as the story and event entries the app fetches for their data, and the
// story folder watched so an edit reaches the page without a build.
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { SEARCH_FOLDER } from '../content/types.ts'
import type { Corpus } from './corpus.ts'
import { CORRECTIONS_FILE } from './events/corrections.ts'
import { buildSearchIndex } from './output/search-index.ts'
import { dataFiles, pageData } from './output/write.ts'
import { embedPageData } from '../shared/page-data.ts'

/** Answers `prefix…` requests from the current corpus's files (built lazily, once per corpus). */
export function serveFromMemory(server: ViteDevServer, prefix: string, current: () => Corpus | undefined) {
  const filesOf = perCorpus((corpus) => new Map(corpus ? dataFiles(corpus) : []))
  const searchOf = perCorpus((corpus) => buildSearchIndex(corpus!.newestFirst))
  server.middlewares.use((req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    if (!url.startsWith(prefix)) return next()
    const corpus = current()
    const file = decodeURIComponent(url.slice(prefix.length))
    res.setHeader('Cache-Control', 'no-store')
    if (file.startsWith(SEARCH_FOLDER) && corpus) {
      // The search index is built on the first search after a change, not on every edit.
      const bytes = searchOf(corpus).get(file.slice(SEARCH_FOLDER.length))
      res.statusCode = bytes ? 200 : 404
      res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream')
      res.end(bytes ?? 'not found')
      return
    }
    const body = filesOf(corpus).get(file)?.()
    if (body === undefined) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(body)
  })
}

/**
 * Answers the app's fetch of a story's or event's entry (`<base>story/<id>/index.html`) with
 * a page holding its data, as the build writes it. A navigation to the page itself gets
 * Vite's own index.html, without data: the app then fetches this.
 */
export function servePagesFromMemory(server: ViteDevServer, base: string, current: () => Corpus | undefined) {
  const pagesOf = perCorpus((corpus) => (corpus ? pageData(corpus) : new Map<string, () => unknown>()))
  server.middlewares.use((req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    const match = url.startsWith(base) && /^((?:story|event)\/[^/]+)\/index\.html$/.exec(url.slice(base.length))
    if (!match) return next()
    const data = pagesOf(current()).get(match[1])?.()
    res.setHeader('Cache-Control', 'no-store')
    res.setHeader('Content-Type', 'text/html; charset=utf-8')
    res.statusCode = data === undefined ? 404 : 200
    res.end(data === undefined ? 'not found' : embedPageData('<!doctype html><html><body></body></html>', data))
  })
}

/** What `make` builds from a corpus, built again only when the corpus is another (after an edit). */
function perCorpus<T>(make: (corpus: Corpus | undefined) => T): (corpus: Corpus | undefined) => T {
  let made: { corpus: Corpus | undefined; value: T } | undefined
  return (corpus) => {
    if (!made || made.corpus !== corpus) made = { corpus, value: make(corpus) }
    return made.value
  }
}

/** Calls `reload` for each added, changed or removed story file or corrections file, one at a time. */
export function watchCorpus(server: ViteDevServer, dir: string, reload: (file: string, removed: boolean) => Promise<void>) {
  server.watcher.add(dir)
  let pending: Promise<void> = Promise.resolve()
  const on = (removed: boolean) => (file: string) => {
    if (!file.startsWith(dir + path.sep) || !(/\.(txt|md)$/i.test(file) || file === path.join(dir, CORRECTIONS_FILE))) return
    // Serialize reloads so a burst of edits never interleaves two corpus builds.
    const run = () => reload(file, removed)
    pending = pending.then(run, run)
  }
  server.watcher.on('add', on(false))
  server.watcher.on('change', on(false))
  server.watcher.on('unlink', on(true))
}
