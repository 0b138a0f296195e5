import path from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { createCorpusLoader, type Corpus } from './corpus.ts'
import { resolveContentOptions, type ContentOptions, type ResolvedContentOptions } from './options.ts'
import { formatProblem, formatReport } from './problems.ts'
import { writeData } from './write.ts'

const VIRTUAL_ID = 'virtual:reader-content'
const RESOLVED_ID = '\0' + VIRTUAL_ID
/** The event the app listens to in `vite dev` to refetch after a story file changes. */
export const CONTENT_UPDATE_EVENT = 'reader:content-update'

/**
 * The content plugin: turns a folder of story files into static JSON under
 * `data/<version>/` at build time, and serves the same data from memory in `vite dev`.
 * The app learns where its data lives from `virtual:reader-content`.
 */
export function contentPlugin(userOptions: ContentOptions = {}): Plugin {
  let config: ResolvedConfig
  let options: ResolvedContentOptions
  let loader: ReturnType<typeof createCorpusLoader>
  let corpus: Corpus | undefined
  let template: string | undefined
  const dataBase = () => `${config.base}data/${config.command === 'serve' ? 'dev' : corpus!.manifest.version}/`

  return {
    name: 'reader:content',

    configResolved(resolved) {
      config = resolved
      options = resolveContentOptions(userOptions, process.env, resolved.root)
      loader = createCorpusLoader(options, resolved.command === 'serve' ? 'dev' : 'build')
    },

    async buildStart() {
      corpus = await loader.load()
      const source = path.relative(config.root, options.dir) || '.'
      if (corpus.problems.length && options.strict) {
        this.error(`SEEDS_STRICT: ${source}\n${formatReport(corpus.problems, corpus.manifest.storyCount)}`)
      }
      for (const p of corpus.problems) this.warn(formatProblem(p))
      config.logger.info(`reader:content ${corpus.manifest.storyCount} stories from ${source}, ${corpus.problems.length} problem(s)`)
    },

    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL_ID}$`) },
      handler: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    },

    load: {
      filter: { id: new RegExp(`^\\0${VIRTUAL_ID}$`) },
      handler(id) {
        if (id !== RESOLVED_ID) return
        return `export const dataBase = ${JSON.stringify(dataBase())};\nexport const updateEvent = ${JSON.stringify(CONTENT_UPDATE_EVENT)};\n`
      },
    },

    generateBundle: {
      // After Vite's HTML plugin, so the built index.html is the template of the story pages.
      order: 'post',
      handler(_, bundle) {
        const index = bundle['index.html']
        template = index?.type === 'asset' ? String(index.source) : undefined
      },
    },

    // The data and the story pages are written straight to disk: tens of thousands of
    // files would crawl through the bundler's asset pipeline and its size report.
    async writeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir)
      await writeData(outDir, corpus!, template, { siteUrl: options.siteUrl, base: config.base }, options.concurrency)
    },

    configureServer(server) {
      serveFromMemory(server, `${config.base}data/dev/`, () => corpus)
      watchCorpus(server, options.dir, async (file, removed) => {
        corpus = await loader.update(file, removed)
        for (const p of corpus.problems.filter((p) => path.resolve(options.dir, p.file) === file)) config.logger.warn(formatProblem(p))
        server.ws.send({ type: 'custom', event: CONTENT_UPDATE_EVENT, data: { storyCount: corpus.manifest.storyCount } })
      })
    },
  }
}

function serveFromMemory(server: ViteDevServer, prefix: string, current: () => Corpus | undefined) {
  server.middlewares.use((req, res, next) => {
    const url = req.url?.split('?')[0] ?? ''
    if (!url.startsWith(prefix)) return next()
    const body = dataFile(current(), decodeURIComponent(url.slice(prefix.length)))
    res.setHeader('Cache-Control', 'no-store')
    if (body === undefined) {
      res.statusCode = 404
      res.end('not found')
      return
    }
    res.setHeader('Content-Type', 'application/json; charset=utf-8')
    res.end(body)
  })
}

/** A data file of the corpus; story files are serialized on request in `vite dev`. */
function dataFile(corpus: Corpus | undefined, file: string): string | undefined {
  const story = /^story\/(.+)\.json$/.exec(file)
  if (story) return corpus?.files.get(file) ?? (corpus?.stories.has(story[1]) ? JSON.stringify(corpus.stories.get(story[1])) : undefined)
  return corpus?.files.get(file)
}

function watchCorpus(server: ViteDevServer, dir: string, reload: (file: string, removed: boolean) => Promise<void>) {
  server.watcher.add(dir)
  let pending: Promise<void> = Promise.resolve()
  const on = (removed: boolean) => (file: string) => {
    if (!file.startsWith(dir + path.sep) || !/\.(txt|md)$/i.test(file)) return
    // Serialize reloads so a burst of edits never interleaves two corpus builds.
    const run = () => reload(file, removed)
    pending = pending.then(run, run)
  }
  server.watcher.on('add', on(false))
  server.watcher.on('change', on(false))
  server.watcher.on('unlink', on(true))
}
