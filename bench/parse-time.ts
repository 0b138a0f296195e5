// Plugin time against the floor: bare gray-matter reading and parsing of the same files.
import { readFile } from 'node:fs/promises'
import matter from 'gray-matter'
import { createCorpusLoader } from '../src/plugin/corpus.ts'
import { resolveContentOptions } from '../src/plugin/options.ts'
import { listStoryFiles, mapLimit } from '../src/plugin/read.ts'

/** Milliseconds for bare gray-matter over every story file of `dir`. */
export async function bareParseMs(dir: string): Promise<number> {
  const start = performance.now()
  const files = await listStoryFiles(dir)
  await mapLimit(files, 64, async (f) => matter(await readFile(f.abs, 'utf8'), {}).data)
  return performance.now() - start
}

/** Milliseconds for the content plugin's whole pipeline (read, validate, link, lay out). */
export async function pluginMs(dir: string): Promise<{ ms: number; stories: number }> {
  const start = performance.now()
  const corpus = await createCorpusLoader(resolveContentOptions({ dir }, {})).load()
  return { ms: performance.now() - start, stories: corpus.manifest.storyCount }
}

// `tsx bench/parse-time.ts DIR [ROUNDS]`: alternating rounds in one process (the first
// warms the JIT and the page cache for both), the best of each.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, rounds = '3'] = process.argv.slice(2)
  let bare = Infinity
  let plugin = Infinity
  let stories = 0
  for (let i = 0; i < Number(rounds); i++) {
    bare = Math.min(bare, await bareParseMs(dir))
    const p = await pluginMs(dir)
    plugin = Math.min(plugin, p.ms)
    stories = p.stories
  }
  console.log(`bare gray-matter ${bare.toFixed(0)} ms, plugin ${plugin.toFixed(0)} ms (${stories} stories), ratio ${(plugin / bare).toFixed(2)}`)
}
