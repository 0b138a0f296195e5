import path from 'node:path'
import type { Plugin, ResolvedConfig } from 'vite'
import { createCorpusLoader, type Corpus } from './corpus.ts'
import { resolveContentOptions, resolveSite, type ContentOptions, type ResolvedContentOptions } from './options.ts'
import { siteHead } from './output/html.ts'
import { CONTENT_UPDATE_EVENT } from '../shared/data-version.ts'
import { formatProblem, formatReport } from './ingest/problems.ts'
import { createProgress, type Progress } from './progress.ts'
import { serveFromMemory, servePagesFromMemory, watchCorpus } from './dev-server.ts'
import { writeData } from './output/write.ts'
import { deploySummary, measureDist } from './output/deploy-summary.ts'
import { PAGE_FOLDERS } from '../content/paths.ts'

/**
 * The content plugin: turns a folder of story files into static JSON under
 * `data/<version>/` and one HTML entry per story and event (its data inside) at build
 * time, and serves the same from memory in `vite dev` (as `data/dev/`). The app learns the
 * version from a `<meta>` in its HTML entry.
 */
export function contentPlugin(userOptions: ContentOptions = {}): Plugin {
  let config: ResolvedConfig
  let options: ResolvedContentOptions
  let loader: ReturnType<typeof createCorpusLoader>
  let corpus: Corpus | undefined
  let progress: Progress

  // Known before the config is resolved: the app's bundle names the site (`__SITE__`).
  const site = resolveSite(userOptions.site)

  return {
    name: 'reader:content',

    config: () => ({ define: { __SITE__: JSON.stringify(site) } }),

    transformIndexHtml: (html) => siteHead(html, site),

    configResolved(resolved) {
      config = resolved
      options = resolveContentOptions(userOptions, process.env, resolved.root)
      progress = createProgress()
      loader = createCorpusLoader(options, progress, { keep: resolved.command === 'serve' })
    },

    async buildStart() {
      corpus = await loader.load()
      const source = path.relative(config.root, options.dir) || '.'
      if (corpus.problems.length && options.strict) {
        this.error(`SEEDS_STRICT: ${source}\n${formatReport(corpus.problems, corpus.manifest.storyCount)}`)
      }
      for (const p of corpus.problems) this.warn(formatProblem(p))
      config.logger.info(summaryLine(corpus))
      if (corpus.problems.length) {
        config.logger.info(`reader:content every problem, one a line: npm run check:seeds ${JSON.stringify(source)}; to fail the build on any: SEEDS_STRICT=1`)
      }
    },

    // The data and the story pages are written straight to disk, after the bundle: tens
    // of thousands of files would crawl through the bundler's asset pipeline.
    async writeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir)
      const { version, pages } = await writeData(outDir, corpus!, { ...options.site, siteUrl: options.siteUrl, base: config.base }, options.concurrency, progress)
      config.logger.info(`reader:content data/${version}/, ${corpus!.stories.size} story pages, ${corpus!.events.size} event pages and events.csv written`)
      for (const line of deploySummary(await measureDist(outDir, { folders: PAGE_FOLDERS, tally: pages }))) (line.startsWith('warning') ? config.logger.warn : config.logger.info)(`reader:content ${line}`)
    },

    configureServer(server) {
      serveFromMemory(server, `${config.base}data/dev/`, () => corpus)
      servePagesFromMemory(server, config.base, () => corpus)
      watchCorpus(server, options.dir, async (file, removed) => {
        corpus = await loader.update(file, removed)
        for (const p of corpus.problems.filter((p) => path.resolve(options.dir, p.file) === file)) config.logger.warn(formatProblem(p))
        server.ws.send({ type: 'custom', event: CONTENT_UPDATE_EVENT, data: { storyCount: corpus.manifest.storyCount } })
      })
    },
  }
}

/** `reader:content 5 stories, 23 articles in 5 events (largest 12), 0 problem(s)` */
export function summaryLine(corpus: Corpus): string {
  const m = corpus.manifest
  return `reader:content ${m.storyCount} stories, ${m.articleCount} articles in ${m.eventCount} events (largest ${m.largestEvent}), ${corpus.problems.length} problem(s)`
}
