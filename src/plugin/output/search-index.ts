import type { Story } from '../../content/types.ts'
import { SEARCH_META_FILE } from '../../content/paths.ts'
import { buildTextIndex } from '../../shared/text-index/build-text-index.ts'
import { silent, type Progress } from '../progress.ts'

/** The search folder's files by path, its meta among them. */
export type SearchFiles = Map<string, Uint8Array>

/**
 * The full-text index (src/shared/text-index/) over every story's title and excerpt, in
 * list order: a story is found by its position, which the browser's story columns filter,
 * sort and count. Returns the files by path inside the search folder, its meta among them.
 */
export function buildSearchIndex(newestFirst: readonly Pick<Story, 'title' | 'excerpt'>[], progress: Progress = silent): SearchFiles {
  const indexing = progress('indexing for search', newestFirst.length)
  const { files, meta } = buildTextIndex(newestFirst.map((s) => ({ title: s.title, excerpt: s.excerpt })))
  const out = new Map(files.map((f) => [f.name, f.bytes]))
  out.set(SEARCH_META_FILE, new TextEncoder().encode(JSON.stringify(meta)))
  indexing.end(`${newestFirst.length.toLocaleString('en')} stories, ${out.size.toLocaleString('en')} files`)
  return out
}
