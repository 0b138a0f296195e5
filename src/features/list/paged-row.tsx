import type { ProviderList } from '../../content/types.ts'
import { useRowAt } from '../../lib/use-story-index.ts'
import { RowPlaceholder } from '../../components/row-placeholder.tsx'
import { StoryRow } from '../../components/story-row.tsx'

/** The story at a position of the list, from its row page: fetched when the row comes on screen. */
export function PagedStoryRow({ position, pageSize, providers }: { position: number; pageSize: number; providers: Map<string, ProviderList[number]> }) {
  const { row, error, retry } = useRowAt(position, pageSize)
  if (!row) return <RowPlaceholder error={error} onRetry={retry} />
  return <StoryRow row={row} provider={providers.get(row.provider)} />
}
