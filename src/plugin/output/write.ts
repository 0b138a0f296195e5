import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Corpus } from '../corpus.ts'
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { eventsCsv } from './csv.ts'
import { feedFiles, identityOf, type Site } from './feeds.ts'
import { standing } from '../../shared/quality.ts'
import { sitemapFiles } from './sitemap.ts'
import { hostFiles } from './host-files.ts'
import { eventHtml, htmlTemplate, outletsHtml, storyHtml } from './html.ts'
import { embedPageData } from '../../shared/page-data.ts'
import type { NewsEvent, Story } from '../../content/types.ts'
import { mapLimit } from '../ingest/read.ts'
import type { Tally } from './deploy-summary.ts'
import { silent, type Progress } from '../progress.ts'
import { buildSearchIndex } from './search-index.ts'
import { SEARCH_FOLDER } from '../../content/types.ts'
import { eventPage, storyPage } from '../../content/paths.ts'

/** One data file: its path in the data folder and, on demand, its JSON. */
export type DataFile = [file: string, json: () => string]

/** Every data file of the corpus; the bulk is serialized only when asked for. */
export function dataFiles(corpus: Corpus): DataFile[] {
  return [
    ...[...corpus.files].map(([file, json]): DataFile => [file, () => json]),
    ...corpus.later,
  ]
}

/**
 * What a story's page needs, embedded in its HTML entry: the story, its standing in the
 * corpus and the corpus's steps (for its related articles), so the page needs no other file.
 */
export function storyData(corpus: Corpus, story: Story): Story {
  return { ...story, standing: standing(story.quality, corpus.manifest.qualitySteps), qualitySteps: corpus.manifest.qualitySteps }
}

/** What an event's page needs, embedded in its HTML entry. */
export function eventData(corpus: Corpus, event: NewsEvent): NewsEvent {
  return { ...event, qualitySteps: corpus.manifest.qualitySteps }
}

/** Every page's embedded data by its route (`story/<id>`, `event/<id>`), built on demand: what `vite dev` answers entries with. */
export function pageData(corpus: Corpus): Map<string, () => unknown> {
  return new Map<string, () => unknown>([
    ...[...corpus.stories.values()].map((s): [string, () => unknown] => [storyPage(s.id), () => storyData(corpus, s)]),
    ...[...corpus.events.values()].map((e): [string, () => unknown] => [eventPage(e.id), () => eventData(corpus, e)]),
  ])
}

/**
 * Writes the data under `data/<version>/`, where the version is a hash of every data file
 * and search index file (so a CDN may cache them forever, and equal content gets an equal
 * folder); names that version in index.html and writes one HTML entry per story and event
 * from it. Returns the version, and the files and bytes of the pages' folders (`story/`
 * and `event/`), which the deploy summary then need not walk.
 */
export async function writeData(
  outDir: string,
  corpus: Corpus,
  page: Site,
  concurrency: number,
  progress: Progress = silent,
): Promise<{ version: string; pages: Tally }> {
  const search = corpus.search ?? buildSearchIndex(corpus.newestFirst, progress)
  const staging = path.join(outDir, 'data', '.staging')
  await fs.rm(staging, { recursive: true, force: true })
  const files = dataFiles(corpus)
  await makeFolders(staging, files.map(([file]) => file))

  // Each file is serialized, hashed and written in turn, then dropped: memory stays flat.
  const writing = progress('writing data', files.length)
  let written = 0
  const digests = await mapLimit(files, concurrency, async ([file, json]) => {
    const text = json()
    await fs.writeFile(path.join(staging, file), text)
    writing.tick(++written)
    return `${file}\0${createHash('sha1').update(text).digest('hex')}\n`
  })
  writing.end(`${written.toLocaleString('en')} JSON files`)
  for (const [file, bytes] of search) digests.push(`${SEARCH_FOLDER}${file}\0${createHash('sha1').update(bytes).digest('hex')}\n`)
  const version = createHash('sha1').update(digests.sort().join('')).digest('hex').slice(0, 10)
  const dataDir = path.join(outDir, 'data', version)
  await fs.rm(dataDir, { recursive: true, force: true })
  await fs.rename(staging, dataDir)

  const indexPath = path.join(outDir, 'index.html')
  const template = htmlTemplate(await fs.readFile(indexPath, 'utf8'), version, page.base, identityOf(page).name)
  // No preloads here: hosts (and the service worker) answer every route with this file,
  // and a story page would then download the list's data too.
  await fs.writeFile(indexPath, template)
  // Every route has a file, so a static host needs no rewrite rules: the timeline, and a
  // 404.html that hosts serve for unknown paths (the app then shows its not-found view).
  await fs.mkdir(path.join(outDir, 'timeline'), { recursive: true })
  await fs.writeFile(path.join(outDir, 'timeline', 'index.html'), template)
  await fs.mkdir(path.join(outDir, 'outlets'), { recursive: true })
  await fs.writeFile(path.join(outDir, 'outlets', 'index.html'), outletsHtml(template, page))
  // Pages search engines must not index: a reader's own saved stories, and the 404 that
  // hosts answer unknown paths with.
  const unindexed = template.replace('</head>', '  <meta name="robots" content="noindex" />\n  </head>')
  await fs.mkdir(path.join(outDir, 'saved'), { recursive: true })
  await fs.writeFile(path.join(outDir, 'saved', 'index.html'), unindexed)
  await fs.writeFile(path.join(outDir, '404.html'), unindexed)
  // The events' CSV (170 MB at 100,000 stories) is one stream, written while the pages are.
  const csv = writeLines(path.join(outDir, 'events.csv'), eventsCsv(corpus.grouping))
  csv.catch(() => {}) // its error is thrown below, after the pages
  const pages = progress('writing pages', corpus.stories.size + corpus.events.size)
  const paged: Tally = { files: 0, bytes: 0 }
  const writePage = async (route: string, html: string) => {
    const folder = path.join(outDir, route)
    await fs.mkdir(folder, { recursive: true })
    await fs.writeFile(path.join(folder, 'index.html'), html)
    paged.bytes += Buffer.byteLength(html)
    pages.tick(++paged.files)
  }
  await mapLimit([...corpus.stories.values()], concurrency, (story) => writePage(storyPage(story.id), embedPageData(storyHtml(template, story, page), storyData(corpus, story))))
  await mapLimit([...corpus.events.values()], concurrency, (event) => writePage(eventPage(event.id), embedPageData(eventHtml(template, event, page), eventData(corpus, event))))
  pages.end(`${corpus.stories.size.toLocaleString('en')} story and ${corpus.events.size.toLocaleString('en')} event pages`)
  await csv
  await writeAll(outDir, [...feedFiles(corpus.newestFirst, corpus.grouping.groups, page), ...sitemapFiles(corpus.stories.values(), corpus.events.values(), page), ...hostFiles(page.base)], concurrency)
  await writeAll(path.join(dataDir, SEARCH_FOLDER), search, concurrency)
  return { version, pages: paged }
}

/** Creates, once each, the folders of files at these paths under `root`. */
async function makeFolders(root: string, files: Iterable<string>) {
  for (const folder of new Set([...files].map((file) => path.dirname(path.join(root, file))))) await fs.mkdir(folder, { recursive: true })
}

/** Writes files given by their path under `root`, a few at a time. */
async function writeAll(root: string, files: Iterable<[file: string, content: string | Uint8Array]>, concurrency: number) {
  const list = [...files]
  await makeFolders(root, list.map(([file]) => file))
  await mapLimit(list, concurrency, ([file, content]) => fs.writeFile(path.join(root, file), content))
}

/** Writes lines as they come, waiting when the stream's buffer is full. */
async function writeLines(file: string, lines: Iterable<string>) {
  const out = createWriteStream(file)
  for (const line of lines) if (!out.write(line)) await once(out, 'drain')
  out.end()
  await once(out, 'finish')
}
