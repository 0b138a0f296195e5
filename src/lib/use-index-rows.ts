import { useQueries, useQuery } from '@tanstack/react-query'
import type { IndexRow } from '../plugin/types.ts'
import { indexChunkQuery, manifestQuery } from './content-queries.ts'

/**
 * All list rows loaded so far, newest first. Chunks load in parallel and the rows grow
 * as they arrive, so the first screen shows as soon as chunk 0 is in.
 */
export function useIndexRows() {
  const manifest = useQuery(manifestQuery())
  const chunks = useQueries({
    queries: (manifest.data?.chunks ?? []).map((c) => indexChunkQuery(c.file)),
  })
  const rows: IndexRow[] = []
  for (const chunk of chunks) if (chunk.data) rows.push(...chunk.data)
  const failed = chunks.find((c) => c.isError)
  return {
    manifest: manifest.data,
    rows,
    complete: manifest.isSuccess && chunks.every((c) => c.isSuccess),
    error: manifest.error ?? failed?.error ?? null,
    retry: () => {
      if (manifest.isError) void manifest.refetch()
      for (const c of chunks) if (c.isError) void c.refetch()
    },
  }
}
