import { SEARCH_FOLDER } from '../content/types.ts'
import { SEARCH_META_FILE } from '../content/paths.ts'
import { dataBase } from '../lib/data.ts'
import type { TextIndexMeta } from '../shared/text-index/index-layout.ts'
import type { SearchResult } from '../shared/text-index/scoring.ts'
import { createTextSearch, type TextSearch } from '../shared/text-index/text-search.ts'

// The text index (src/shared/text-index/), read from this build's data folder from the
// first search on (this module too): the first screen downloads neither. It answers which
// stories (list positions) hold the words; the story columns do the filters, orders and counts.

let engine: Promise<TextSearch> | undefined

export function loadEngine(): Promise<TextSearch> {
  engine ??= load(SEARCH_META_FILE).then((bytes) => createTextSearch(JSON.parse(new TextDecoder().decode(bytes)) as TextIndexMeta, load))
  // A failed load (offline, a deploy mid-session) may be retried.
  engine.catch(() => (engine = undefined))
  return engine
}

async function load(file: string): Promise<Uint8Array> {
  const response = await fetch(`${dataBase}${SEARCH_FOLDER}${file}`)
  if (!response.ok) throw new Error(`Search index file ${file}: HTTP ${response.status}`)
  return new Uint8Array(await response.arrayBuffer())
}

/** A last word this long or longer is a prefix: shorter ones would expand to most of the corpus (a megabyte of index at 100,000 stories for "b"). */
const PREFIX_FROM = 3

/**
 * Every story holding the words of `q`, best first: title matches above excerpt ones, rare
 * words above common ones. The last word of three letters or more is also a prefix (the
 * reader may still be typing it).
 */
export async function matchWords(q: string): Promise<SearchResult> {
  const last = /[\p{L}\p{N}]+$/u.exec(q)?.[0] ?? ''
  return (await loadEngine()).search(q, { typing: [...last].length >= PREFIX_FROM })
}
