import fs from 'node:fs/promises'
import path from 'node:path'
import { urlKey } from '../shared/urls.ts'
import { relatedEntries } from '../shared/related.ts'
import type { EventRef, Story } from '../content/types.ts'
import { CORRECTIONS_FILE, NO_CORRECTIONS, parseCorrections, type Corrections } from './events/corrections.ts'
import { emitData, newestFirstOrder, type EmittedData } from './output/emit.ts'
import { buildSearchIndex } from './output/search-index.ts'
import type { Layout } from './output/layout.ts'
import { eventRef, groupEvents } from './events/events.ts'
import { assignIds } from './ingest/ids.ts'
import { linkStories, type IdentifiedDraft } from './ingest/link.ts'
import type { StoryDraft } from './ingest/normalize.ts'
import type { ResolvedContentOptions } from './options.ts'
import type { Problem } from './ingest/problems.ts'
import { silent, type Progress } from './progress.ts'
import { listStoryFiles, mapLimit, readBytes, statFile, type SourceFile } from './ingest/read.ts'
import { fileResult, unreadable, type FileResult } from './ingest/file-result.ts'
import { READ_OFF_THREAD_MIN, readOffThread } from './ingest/read-off-thread.ts'

export interface Corpus extends EmittedData {
  problems: Problem[]
  /** Milliseconds the event grouping took (the benchmark reports it). */
  eventsMs: number
}

interface CacheEntry {
  mtimeMs: number
  size: number
  result: FileResult
}

/**
 * Reads, validates, links and lays out a folder of stories. With `keep` (for `vite dev`) it
 * keeps a per-file cache keyed by modification time and size: `load()` re-reads only what
 * changed, and `update(file)` (the watcher's) re-reads one file without listing the folder.
 * A build reads once and keeps nothing: at 100,000 stories the cache was every parsed file
 * held beside the corpus made from it.
 */
export function createCorpusLoader(options: ResolvedContentOptions, progress: Progress = silent, { keep = true } = {}) {
  const cache = new Map<string, CacheEntry>()

  async function readOne(abs: string, file: string): Promise<FileResult> {
    try {
      // Its stat keys the cache; its bytes are read only when that misses.
      const stat = await statFile(abs)
      const hit = cache.get(abs)
      if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.result
      const result = await fileResult(file, stat.size, () => readBytes(abs))
      cache.set(abs, { mtimeMs: stat.mtimeMs, size: stat.size, result })
      return result
    } catch (error) {
      const result = unreadable(file, error)
      // Kept so the report names it; an impossible mtime makes the next load try again.
      cache.set(abs, { mtimeMs: -1, size: -1, result })
      return result
    }
  }

  const layout: Layout = { pageSize: options.pageSize, chunkSize: options.chunkSize, events: options.events }
  // In `vite dev` URL keys outlive a rebuild: after an edit only the new URLs are parsed.
  const urlKeys = new UrlKeys()
  const fromCache = async () =>
    buildCorpus([...cache.values()].map((e) => e.result).sort(byFile), layout, { urlKeys, progress, corrections: await readCorrections(options.dir) })

  async function load(): Promise<Corpus> {
    const sources = await listStoryFiles(options.dir)
    const live = new Set(sources.map((s) => s.abs))
    for (const abs of cache.keys()) if (!live.has(abs)) cache.delete(abs)
    const reading = progress('reading files', sources.length)
    let read = 0
    let theirs = 0
    const readHere = (list: readonly SourceFile[]) =>
      mapLimit(list, options.concurrency, async (s) => {
        await readOne(s.abs, s.file)
        reading.tick(++read + theirs)
      })
    // A large build reads half the files in a worker; `vite dev` keeps every file in its cache, read here.
    const offThread = !keep && sources.length >= READ_OFF_THREAD_MIN ? sources.slice(sources.length >> 1) : []
    const [fromWorker] = await Promise.all([
      offThread.length ? readOffThread(offThread, options.concurrency, (n) => reading.tick(read + (theirs = n))) : null,
      readHere(sources.slice(0, sources.length - offThread.length)),
    ])
    if (offThread.length && !fromWorker) {
      theirs = 0
      await readHere(offThread)
    }
    reading.end(`${sources.length.toLocaleString('en')} files`)
    if (keep) return fromCache()
    const results = [...[...cache.values()].map((e) => e.result), ...(fromWorker ?? [])].sort(byFile)
    cache.clear()
    return buildCorpus(results, layout, { urlKeys, progress, corrections: await readCorrections(options.dir), once: true })
  }

  async function update(abs: string, removed: boolean): Promise<Corpus> {
    // The corrections file is read by every build; a story file is re-read here.
    if (abs === path.join(options.dir, CORRECTIONS_FILE)) return fromCache()
    if (removed) cache.delete(abs)
    else await readOne(abs, path.relative(options.dir, abs).split(path.sep).join('/'))
    return fromCache()
  }

  return { load, update }
}

/** The site owner's `events.yaml` beside the stories, read anew each build (it is small); none asks nothing. */
async function readCorrections(dir: string): Promise<ReturnType<typeof parseCorrections>> {
  let text: string
  try {
    text = await fs.readFile(path.join(dir, CORRECTIONS_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { corrections: NO_CORRECTIONS, problems: [] }
    return { corrections: NO_CORRECTIONS, problems: [{ file: CORRECTIONS_FILE, kind: 'skipped', reason: `cannot read: ${(error as Error).message}` }] }
  }
  return parseCorrections(text)
}

/** The stories of the files, one a story URL: a later file with the same URL is reported and skipped. */
function uniqueStories(results: readonly FileResult[], keyOfUrl: (href: string) => string | null, problems: Problem[]): { key: string; story: StoryDraft }[] {
  const byKey = new Map<string, { file: string; story: StoryDraft }>()
  for (const { file, story } of results) {
    if (!story) continue
    const key = keyOfUrl(story.webUrl) ?? story.webUrl
    const first = byKey.get(key)
    if (first) {
      problems.push({ file, kind: 'skipped', field: 'webUrl', reason: `same story URL as ${first.file}; that file is kept` })
      continue
    }
    byKey.set(key, { file, story })
  }
  return [...byKey].map(([key, { story }]) => ({ key, story }))
}

/** Each story with its id (`assignIds`). */
function identified(unique: readonly { key: string; story: StoryDraft }[]): IdentifiedDraft[] {
  const ids = assignIds(unique.map(({ key, story }) => ({ key, title: story.title, publishedDateTime: story.publishedDateTime })))
  return unique.map(({ story }, i) => ({ ...story, id: ids[i] }))
}

function byFile(a: FileResult, b: FileResult): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0
}

/** URL keys, each URL parsed once: linking, gathering the articles and corrections key the same URLs again. */
export class UrlKeys {
  private keys = new Map<string, string | null>()
  readonly of = (href: string): string | null => {
    let key = this.keys.get(href)
    if (key === undefined) this.keys.set(href, (key = urlKey(href)))
    return key
  }
  /** Drops them all: no step after the grouping keys a URL. */
  forget() {
    this.keys = new Map()
  }
}

export interface BuildCorpusOptions {
  urlKeys?: UrlKeys
  progress?: Progress
  corrections?: { corrections: Corrections; problems: Problem[] }
  /**
   * A build, which loads once: the search index is built here (`vite dev` builds it when
   * first asked), and the URL keys are dropped after the grouping (a million of them, about
   * 100 MB, at 100,000 stories).
   */
  once?: boolean
}

/**
 * The corpus-wide steps over per-file results: de-duplicate, identify, link, emit. It takes
 * `results` over and empties the array once read: the parsed files are then garbage, not
 * held beside the stories linked from them to the end of the build (65 MB at 100,000).
 */
export async function buildCorpus(
  results: FileResult[],
  layout: Layout,
  { urlKeys = new UrlKeys(), progress = silent, corrections = { corrections: NO_CORRECTIONS, problems: [] }, once = false }: BuildCorpusOptions = {},
): Promise<Corpus> {
  const keyOfUrl = urlKeys.of
  const problems = [...results.flatMap((r) => r.problems), ...corrections.problems]
  const { stories: linked, external } = linkStories(identified(uniqueStories(results.splice(0), keyOfUrl, problems)), keyOfUrl)
  // The search index needs the list's order, not the events. It is built before the grouping,
  // not beside its worker: side by side the two peaked 200 MB higher at 100,000 stories
  // (docs/benchmarks.md), and the build's memory is the tighter of its two limits.
  const search = once ? buildSearchIndex([...linked].sort(newestFirstOrder), progress) : undefined
  const phase = progress('grouping events')
  const started = performance.now()
  const grouped = groupEvents(linked, keyOfUrl, layout.events, corrections.corrections)
  // A large corpus is grouped in a worker: meanwhile this thread counts each story's related
  // entries as its row shows them, which needs no events (4 s at 100,000 stories).
  const relatedCounts = new Map(linked.map((s) => [s.id, relatedEntries(s.related).length]))
  const grouping = await grouped
  if (once) urlKeys.forget()
  problems.push(...grouping.problems)
  const eventsMs = performance.now() - started
  phase.end(`${grouping.articleCount.toLocaleString('en')} articles in ${grouping.groups.length.toLocaleString('en')} events`)
  const eventOf = new Map<string, EventRef>()
  for (const group of grouping.groups) for (const a of group.articles) if (a.storyId) eventOf.set(a.storyId, eventRef(group))
  // Each linked story gets its event in place: a copy of each was one more object per story held to the end.
  const stories = linked as Story[]
  for (const s of stories) s.event = eventOf.get(s.id)!
  return { ...emitData(stories, external, grouping, layout, relatedCounts), problems, eventsMs, search }
}
