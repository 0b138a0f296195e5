import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { columnsQuery, manifestQuery, providersQuery } from './content-queries.ts'
import { decodeColumns, topicCounts, type StoryIndex } from './story-index.ts'
import type { Filters } from './url-state.ts'

/**
 * The manifest and every story as a few numbers (`columns.json`), decoded once. The index
 * is undefined until both it and the outlets arrive; the newest rows show meanwhile.
 */
export function useStoryIndex() {
  const manifest = useQuery(manifestQuery())
  const columns = useQuery(columnsQuery())
  const providers = useQuery(providersQuery())
  const index = useMemo(
    () => (columns.data && providers.data && manifest.data ? decodeColumns(columns.data, providers.data, manifest.data.topics) : undefined),
    [columns.data, providers.data, manifest.data],
  )
  return {
    manifest: manifest.data,
    index,
    error: manifest.error ?? columns.error ?? providers.error,
    retry: () => {
      for (const q of [manifest, columns, providers]) if (q.isError) void q.refetch()
    },
  }
}

/** Every outlet with its logo and count, by domain; empty until `providers.json` arrives. */
export function useProviders() {
  const { data, error, refetch } = useQuery(providersQuery())
  const byDomain = useMemo(() => new Map((data ?? []).map((p) => [p.domain, p])), [data])
  return { list: data, byDomain, error, retry: () => void refetch() }
}

interface ChunkResult<T> {
  data?: T[]
  isSuccess: boolean
  isError: boolean
  error: Error | null
  refetch: () => unknown
}

/**
 * Chunk queries as one list of rows, in chunk order, growing as chunks arrive (combined
 * results are structurally shared: `rows` keeps its identity until data changes).
 */
export function combineChunks<T>(results: ChunkResult<T>[]) {
  return {
    rows: results.flatMap((r) => r.data ?? []),
    complete: results.every((r) => r.isSuccess),
    error: results.find((r) => r.isError)?.error ?? null,
    retry: () => results.forEach((r) => r.isError && void r.refetch()),
  }
}

/** Stories per topic under the other filters, for the topic filter; undefined during a search (the engine does not count topics). */
export function useTopicFacet(filters: Filters, index: StoryIndex | undefined) {
  return useMemo(() => (index && !filters.q ? topicCounts(index, filters) : undefined), [index, filters])
}
