import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { IndexRow } from '../content/types.ts'
import { indexChunkQuery, manifestQuery, providersQuery, searchChunkQuery } from './content-queries.ts'

/**
 * All list rows loaded so far, newest first. Chunks load in parallel and the rows grow
 * as they arrive, so the first screen shows as soon as chunk 0 is in.
 */
export function useIndexRows() {
  const manifest = useQuery(manifestQuery())
  const chunks = useQueries({
    queries: (manifest.data?.chunks ?? []).map((c) => indexChunkQuery(c.file)),
    combine: combineChunks<IndexRow>,
  })
  return {
    manifest: manifest.data,
    rows: chunks.rows,
    complete: manifest.isSuccess && chunks.complete,
    error: manifest.error ?? chunks.error,
    retry: () => {
      if (manifest.isError) void manifest.refetch()
      chunks.retry()
    },
  }
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

/** Every outlet with its logo and count, by domain; empty until `providers.json` arrives. */
export function useProviders() {
  const { data, error, refetch } = useQuery(providersQuery())
  const byDomain = useMemo(() => new Map((data ?? []).map((p) => [p.domain, p])), [data])
  return { list: data, byDomain, error, retry: () => void refetch() }
}

/**
 * Excerpts by story id, fetched only while a text search is active (the first screen
 * never pays for them). Until they arrive the search runs over titles.
 */
export function useExcerpts(active: boolean) {
  const { data: manifest } = useQuery(manifestQuery())
  const chunks = active ? (manifest?.chunks ?? []) : []
  const rows = useQueries({ queries: chunks.map((c) => indexChunkQuery(c.file)), combine: (r) => r.map((q) => q.data) })
  const texts = useQueries({ queries: chunks.map((c) => searchChunkQuery(c.search)), combine: (r) => r.map((q) => q.data) })
  return useMemo(() => {
    if (!active) return { excerpts: undefined, loading: false }
    const excerpts = new Map<string, string>()
    rows.forEach((chunk, i) => chunk?.forEach((row, j) => texts[i] && excerpts.set(row.id, texts[i][j] ?? '')))
    return { excerpts, loading: texts.some((t) => !t) }
  }, [active, rows, texts])
}
