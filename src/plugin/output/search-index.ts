import fs from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import { SEARCH_ROW_PREFIX, type IndexRow, type SearchFilterName, type SearchRecordMeta, type SearchSortName, type Story } from '../../content/types.ts'
import { toRow } from '../../content/to-row.ts'
import { silent, type Progress } from '../progress.ts'

/** The files of Pagefind's bundle the app uses; the rest (its UI, playground) is left out. */
const KEEP = /^(pagefind\.js|pagefind-entry\.json|wasm\.en\.pagefind|pagefind\.en_[^/]+\.pf_meta|(fragment|index|filter)\/.+)$/

/**
 * Builds the full-text index with Pagefind: one record per story (its title, then its
 * excerpt), carrying its list row and the list's filters and sorts. Pagefind's indexer is
 * its own process, so this runs while the plugin writes the other files.
 * Returns the files by path inside the search folder.
 */
export async function buildSearchIndex(stories: readonly Story[], progress: Progress = silent): Promise<Map<string, Uint8Array>> {
  const indexing = progress('indexing for search', stories.length)
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    // Pagefind answers one record at a time over a pipe: a few in flight keep it busy.
    let next = 0
    const add = async () => {
      for (let story = stories[next++]; story; story = stories[next++]) {
        const added = await index.addCustomRecord(searchRecord(story))
        if (added.errors.length) throw new Error(`Pagefind refused story ${story.id}: ${added.errors.join('; ')}`)
        indexing.tick(Math.min(next, stories.length))
      }
    }
    await Promise.all(Array.from({ length: 16 }, add))
    const { files, errors: writeErrors } = await index.getFiles()
    if (writeErrors.length) throw new Error(`Pagefind could not write its index: ${writeErrors.join('; ')}`)
    const kept = new Map(files.filter((f) => KEEP.test(f.path)).map((f) => [f.path, f.content]))
    indexing.end(`${stories.length.toLocaleString('en')} stories, ${kept.size.toLocaleString('en')} files`)
    return kept
  } finally {
    await index.deleteIndex()
    await pagefind.close()
  }
}

export function searchRecord(story: Story) {
  const row: IndexRow = toRow(story)
  // Pagefind searches every meta field: only the title goes there (matches in it rank
  // first). The row rides in the URL, which is stored as given and never searched.
  const meta: SearchRecordMeta = { title: story.title }
  const filters: Record<SearchFilterName, string[]> = {
    outlet: [row.provider],
    day: [row.publishedDateTime.slice(0, 10)],
    quality: [String(row.quality)],
    outlets: [String(row.eventOutlets)],
    published: [row.published ? 'yes' : 'no'],
    event: [row.event],
    topic: [...new Set(story.topics)],
  }
  // Each sort key adds its own ordering of every record to pf_meta, which the first search
  // downloads (20 KB per key at 10,000 stories): only the orders a search offers.
  const sort: Record<SearchSortName, string> = { date: row.publishedDateTime, quality: String(row.quality) }
  return { url: SEARCH_ROW_PREFIX + JSON.stringify(row), content: `${story.title}\n${story.excerpt}`, language: 'en', meta, filters, sort }
}

/** Pagefind's version, as installed for the project at `root` (its files change with it). */
export async function searchEngineVersion(root: string): Promise<string> {
  try {
    const { version } = JSON.parse(await fs.readFile(path.join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
    return `pagefind ${version}`
  } catch {
    return 'pagefind'
  }
}
