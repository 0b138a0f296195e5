import fs from 'node:fs/promises'
import { urlKey } from '../lib/urls.ts'
import { emitData, type EmittedData, type Layout } from './emit.ts'
import { assignIds } from './ids.ts'
import { linkStories } from './link.ts'
import { normalizeStory, type StoryDraft } from './normalize.ts'
import type { ResolvedContentOptions } from './options.ts'
import type { Problem } from './problems.ts'
import { listStoryFiles, mapLimit, parseStory } from './read.ts'

export interface Corpus extends EmittedData {
  problems: Problem[]
}

interface FileResult {
  file: string
  story: StoryDraft | null
  problems: Problem[]
}

interface CacheEntry {
  mtimeMs: number
  size: number
  result: FileResult
}

/**
 * Reads, validates, links and lays out a folder of stories. The returned `load` keeps a
 * per-file cache keyed by modification time and size, so after an edit in `vite dev`
 * only the changed file is read and parsed again.
 */
export function createCorpusLoader(options: ResolvedContentOptions) {
  const cache = new Map<string, CacheEntry>()

  async function readOne(abs: string, file: string): Promise<FileResult> {
    let handle: fs.FileHandle | undefined
    try {
      // One open per file: its stat keys the cache, its read fills it.
      handle = await fs.open(abs, 'r')
      const stat = await handle.stat()
      const hit = cache.get(abs)
      if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.result
      const parsed = parseStory(file, await handle.readFile())
      const result: FileResult = parsed.ok
        ? { file, ...normalizeStory(file, parsed.data) }
        : { file, story: null, problems: [parsed.problem] }
      cache.set(abs, { mtimeMs: stat.mtimeMs, size: stat.size, result })
      return result
    } catch (error) {
      return { file, story: null, problems: [{ file, kind: 'skipped', reason: `cannot read: ${(error as Error).message}` }] }
    } finally {
      await handle?.close()
    }
  }

  return async function load(): Promise<Corpus> {
    const sources = await listStoryFiles(options.dir)
    const live = new Set(sources.map((s) => s.abs))
    for (const abs of cache.keys()) if (!live.has(abs)) cache.delete(abs)
    const results = await mapLimit(sources, options.concurrency, (s) => readOne(s.abs, s.file))
    return buildCorpus(results, { firstChunk: options.firstChunk, chunkSize: options.chunkSize })
  }
}

/** The corpus-wide steps over per-file results: de-duplicate, identify, link, emit. */
export function buildCorpus(results: readonly FileResult[], layout: Layout): Corpus {
  const problems = results.flatMap((r) => r.problems)
  const byKey = new Map<string, { file: string; story: StoryDraft }>()
  for (const { file, story } of results) {
    if (!story) continue
    const key = urlKey(story.webUrl) ?? story.webUrl
    const first = byKey.get(key)
    if (first) {
      problems.push({ file, kind: 'skipped', field: 'webUrl', reason: `same story URL as ${first.file}; that file is kept` })
      continue
    }
    byKey.set(key, { file, story })
  }
  const entries = [...byKey.entries()]
  const ids = assignIds(entries.map(([key, { story }]) => ({ key, ...story })))
  const { stories, external } = linkStories(entries.map(([, { story }], i) => ({ ...story, id: ids[i] })))
  return { ...emitData(stories, external, layout), problems }
}
