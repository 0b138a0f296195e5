// The dev server's side of the content plugin: the corpus served from memory as
// `data/dev/`, and the story folder watched so an edit reaches the page without a build.
import path from 'node:path'
import type { ViteDevServer } from 'vite'
import { SEARCH_FOLDER } from '../content/types.ts'
import type { Corpus } from './corpus.ts'
import { CORRECTIONS_FILE } from './events/corrections.ts'
import { buildSearchIndex } from './output/search-index.ts'
import { dataFiles } from './output/write.ts'

/** Answers `prefix…` requests from the current corpus's files (built lazily, once per corpus). */
export function serveFromMemory(server: ViteDevServer, prefix: string, current: () => Corpus | undefined) {
  let files = new Map<string, () => string>()
  let indexed: Corpus | undefined
  let searched: Corpus | undefined
  let searchFiles: Map<string, Uint8Array> | undefined
  server.middlewares.use((req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    if (!url.startsWith(prefix)) return next()
    const corpus = current()
    if (corpus !== indexed) {
      files = new Map(corpus ? dataFiles(corpus) : [])
      indexed = corpus
    }
    const file = decodeURIComponent(url.slice(prefix.length))
    res.setHeader('Cache-Control', 'no-store')
    if (file.startsWith(SEARCH_FOLDER) && corpus) {
      // The search index is built on the first search after a change, not on every edit.
      if (searched !== corpus) {
        searched = corpus
        searchFiles = buildSearchIndex(corpus.newestFirst)
      }
      const bytes = searchFiles!.get(file.slice(SEARCH_FOLDER.length))
      res.statusCode = bytes ? 200 : 404
      res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'application/octet-stream')
      res.end(bytes ?? 'not found')
      return
    }
    const body = files.get(file)?.()
    if (body === undefined) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(body)
  })
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
