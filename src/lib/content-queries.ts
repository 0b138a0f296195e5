import { queryOptions } from '@tanstack/react-query'
import type { ExternalArticle, IndexRow, Manifest } from '../plugin/types.ts'
import { fetchData } from './data.ts'

// Query options for the corpus-wide data the list and the timeline share.
// Keys are hierarchical: ['content', ...] so one invalidation refreshes everything.

export const manifestQuery = () =>
  queryOptions({
    queryKey: ['content', 'manifest'],
    queryFn: ({ signal }) => fetchData<Manifest>('manifest.json', signal),
  })

export const indexChunkQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'index', file],
    queryFn: ({ signal }) => fetchData<IndexRow[]>(file, signal),
  })

export const externalMonthQuery = (file: string) =>
  queryOptions({
    queryKey: ['content', 'external', file],
    queryFn: ({ signal }) => fetchData<ExternalArticle[]>(file, signal),
  })
