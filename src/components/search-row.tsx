import type { ProviderList } from '../content/types.ts'
import { useRowAt } from '../lib/use-story-index.ts'
import type { Segment } from '../search/highlight.ts'
import { useMarkWords } from '../search/use-mark-words.ts'
import { RowPlaceholder } from './row-placeholder.tsx'
import { StoryRow } from './story-row.tsx'

/** A search result, the story at a position of the list, its matched words marked in the title and the excerpt. */
export function SearchRow(props: { position: number; pageSize: number; q: string; providers: Map<string, ProviderList[number]> }) {
  const { position, pageSize, q, providers } = props
  const { row, error, retry } = useRowAt(position, pageSize)
  const markWords = useMarkWords()
  if (!row) return <RowPlaceholder error={error} onRetry={retry} />
  const marked = (text: string) => (markWords ? <Marked segments={markWords(text, q)} /> : text)
  return <StoryRow row={row} provider={providers.get(row.provider)} title={marked(row.title)} excerpt={row.excerpt === undefined ? undefined : marked(row.excerpt)} />
}

/** Segments as text, the matched ones in `<mark>`: never markup from the story. */
export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))
}
