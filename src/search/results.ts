import { SEARCH_ROW_PREFIX, type IndexRow } from '../content/types.ts'

/** What the search engine gives for one result once asked: its record. */
export interface PagefindFragment {
  raw_url: string
  content: string
  /** Word positions of the matches in `content`. */
  locations: number[]
  meta: { title?: string }
}

/** A result: its id at once, its record (one small fetch) when shown. */
export interface SearchResult {
  id: string
  data: () => Promise<PagefindFragment>
}

export interface SearchAnswer {
  results: SearchResult[]
}

/** The list row a result carries (in its URL: see `SEARCH_ROW_PREFIX`). */
export function rowOf(fragment: PagefindFragment): IndexRow {
  return JSON.parse(fragment.raw_url.slice(fragment.raw_url.indexOf(SEARCH_ROW_PREFIX) + SEARCH_ROW_PREFIX.length)) as IndexRow
}
