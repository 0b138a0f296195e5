// Plugin time against the floor: bare gray-matter reading and parsing of the same files.
import { readFile } from 'node:fs/promises'
import matter from 'gray-matter'
import { createCorpusLoader } from '../src/plugin/corpus.ts'
import { resolveContentOptions } from '../src/plugin/options.ts'
import { listStoryFiles, mapLimit } from '../src/plugin/ingest/read.ts'
import { buildSearchIndex } from '../src/plugin/output/search-index.ts'

/** Milliseconds for bare gray-matter over every story file of `dir`. */
export async function bareParseMs(dir: string): Promise<number> {
  const start = performance.now()
  const files = await listStoryFiles(dir)
  await mapLimit(files, 64, async (f) => matter(await readFile(f.abs, 'utf8'), {}).data)
  return performance.now() - start
}

/** Milliseconds for the content plugin's whole pipeline (read, validate, link, group into events, lay out). */
export async function pluginMs(dir: string): Promise<{ ms: number; stories: number; eventsMs: number; articles: number; events: number; largest: number; searchMs: number; searchFiles: number }> {
  const start = performance.now()
  const corpus = await createCorpusLoader(resolveContentOptions({ dir }, {})).load()
  const ms = performance.now() - start
  const m = corpus.manifest
  // The search index, built in the build's writing stage (not part of `ms`): on its own.
  const indexing = performance.now()
  const searchFiles = buildSearchIndex(corpus.newestFirst).size
  return { ms, stories: m.storyCount, eventsMs: corpus.eventsMs, articles: m.articleCount, events: m.eventCount, largest: m.largestEvent, searchMs: performance.now() - indexing, searchFiles }
}

// `tsx bench/parse-time.ts DIR [ROUNDS]`: alternating rounds in one process (the first
// warms the JIT and the page cache for both), the best of each.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rounds = '3'] = process.argv.slice(2)
  let bare = Infinity
  let plugin = Infinity
  let events = Infinity
  let search = Infinity
  let last: Awaited<ReturnType<typeof pluginMs>> | undefined
  for (let i = 0; i < Number(rounds); i++) {
    bare = Math.min(bare, await bareParseMs(dir))
    last = await pluginMs(dir)
    plugin = Math.min(plugin, last.ms)
    events = Math.min(events, last.eventsMs)
    search = Math.min(search, last.searchMs)
  }
  console.log(`bare gray-matter ${bare.toFixed(0)} ms, plugin ${plugin.toFixed(0)} ms (${last!.stories} stories), ratio ${(plugin / bare).toFixed(2)}`)
  // The grouping is part of the plugin's time above; here on its own, with what it found.
  console.log(`events ${events.toFixed(0)} ms: ${last!.articles} articles in ${last!.events} events (largest ${last!.largest})`)
  console.log(`search index ${search.toFixed(0)} ms: ${last!.searchFiles} files`)
}
