// Test helpers: a built index served from memory, with a log of what each search loaded.
import { buildTextIndex, type IndexFile } from './build-text-index.ts'
import type { TextDoc } from './collect-terms.ts'
import type { TextIndexMeta } from './index-layout.ts'
import { createTextSearch, type TextSearch } from './text-search.ts'

export interface ServedIndex {
  meta: TextIndexMeta
  files: Map<string, Uint8Array>
  search: TextSearch
  /** Every name loaded so far, in order. */
  loads: string[]
}

export function serveIndex(docs: readonly TextDoc[], shardBytes?: number, change?: (files: Map<string, Uint8Array>) => void): ServedIndex {
  const built = buildTextIndex(docs, { shardBytes })
  return serveFiles(built.meta, built.files, change)
}

export function serveFiles(meta: TextIndexMeta, list: readonly IndexFile[], change?: (files: Map<string, Uint8Array>) => void): ServedIndex {
  const files = new Map(list.map((f) => [f.name, f.bytes]))
  change?.(files)
  const loads: string[] = []
  const search = createTextSearch(meta, async (name) => {
    loads.push(name)
    const bytes = files.get(name)
    if (!bytes) throw new Error(`no file ${name}`)
    return bytes
  })
  return { meta, files, search, loads }
}
