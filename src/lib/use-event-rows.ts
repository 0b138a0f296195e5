import { useQueries, useQuery } from '@tanstack/react-query'
import { eventChunkQuery, manifestQuery } from './content-queries.ts'
import { combineChunks } from './use-story-index.ts'
import type { EventRow } from '../content/types.ts'

/**
 * The grouped list's event rows, newest first, fetched only while `active` (grouping is a
 * choice: the first screen never pays for it). Chunks load in parallel and rows grow as
 * they arrive, like the story index.
 */
export function useEventRows(active: boolean) {
  const manifest = useQuery(manifestQuery())
  const chunks = active ? (manifest.data?.eventChunks ?? []) : []
  return useQueries({
    queries: chunks.map((c) => eventChunkQuery(c.file)),
    combine: combineChunks<EventRow>,
  })
}
