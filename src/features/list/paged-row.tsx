import { useQuery } from '@tanstack/react-query'
import type { ProviderList } from '../../content/types.ts'
import { rowPageQuery } from '../../lib/content-queries.ts'
import { pageOf } from '../../lib/story-index.ts'
import { RowPlaceholder } from './row-placeholder.tsx'
import { StoryRow } from './story-row.tsx'

/** The story at a position of the list, from its row page: fetched when the row comes on screen. */
export function PagedStoryRow({ position, pageSize, providers }: { position: number; pageSize: number; providers: Map<string, ProviderList[number]> }) {
  const { page, offset } = pageOf(position, pageSize)
  const { data, error, refetch } = useQuery(rowPageQuery(page))
  const row = data?.[offset]
  if (!row) return <RowPlaceholder error={error} onRetry={() => void refetch()} />
  return <StoryRow row={row} provider={providers.get(row.provider)} />
}
