import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { IndexRow } from '../content/types.ts'
import { columnsQuery, manifestQuery, providersQuery, rowPageQuery, topicsQuery } from './content-queries.ts'
import { decodeColumns, pageOf, withTopics } from './story-index.ts'

/**
 * What the story index needs of the topics (`topics.json`): nothing; their counts (fetched,
 * while the index serves without them); or a topic filter (no index until they are in).
 */
export type TopicNeed = 'none' | 'counts' | 'filter'


/**
 * The manifest and every story as a few numbers (`columns.json`), decoded once, with the
 * topics once asked for. The index is undefined until what it needs arrives; the newest
 * rows show meanwhile.
 */
export function useStoryIndex(enabled = true, topicNeed: TopicNeed = 'none') {
  const manifest = useQuery({ ...manifestQuery(), enabled })
  const columns = useQuery({ ...columnsQuery(), enabled })
  const providers = useQuery({ ...providersQuery(), enabled })
  // Once fetched, the topics stay in the index whatever is needed next.
  const topics = useQuery({ ...topicsQuery(), enabled: enabled && topicNeed !== 'none' })
  const waiting = topicNeed === 'filter' && !topics.data
  // The columns are decoded once; topics arriving later are added to them.
  const columnsIndex = useMemo(
    () => (columns.data && providers.data && manifest.data ? decodeColumns(columns.data, providers.data) : undefined),
    [columns.data, providers.data, manifest.data],
  )
  const index = useMemo(
    () => (columnsIndex && !waiting ? (topics.data ? withTopics(columnsIndex, topics.data) : columnsIndex) : undefined),
    [columnsIndex, topics.data, waiting],
  )
  return {
    manifest: manifest.data,
    index,
    error: manifest.error ?? columns.error ?? providers.error ?? topics.error,
    retry: () => {
      for (const q of [manifest, columns, providers, topics]) if (q.isError) void q.refetch()
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

/** The list row at a position of the list, from its row page (fetched when asked for); nothing for no position. */
export function useRowAt(position: number | undefined, pageSize: number): { row?: IndexRow; error: Error | null; retry: () => void } {
  const { page, offset } = pageOf(position ?? 0, pageSize)
  const { data, error, refetch } = useQuery({ ...rowPageQuery(page), enabled: position !== undefined })
  return { row: position === undefined ? undefined : data?.[offset], error, retry: () => void refetch() }
}
