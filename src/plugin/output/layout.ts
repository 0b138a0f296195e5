import type { ClusterOptions } from '../events/cluster.ts'

/** How the corpus is cut into files: page and chunk sizes, and the grouping's options. */
export interface Layout {
  /** Rows per row page: the first page is all the first screen downloads. */
  pageSize: number
  /** Event rows per chunk of the grouped list: large, so a big corpus loads in few requests. */
  chunkSize: number
  /** How articles are grouped into events. */
  events?: ClusterOptions
}

/** Rows cut into files of `size`. */
export function inChunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let start = 0; start < rows.length; start += size) out.push(rows.slice(start, start + size))
  return out
}
