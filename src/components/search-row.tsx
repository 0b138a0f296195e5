import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ProviderList } from '../content/types.ts'
import { excerptWindow, highlight, queryWords, type Segment } from '../search/highlight.ts'
import { RowPlaceholder } from './row-placeholder.tsx'
import { StoryRow } from './story-row.tsx'
import { rowOf, type SearchResult } from '../search/results.ts'
import { fragmentQuery } from '../search/use-search.ts'

/** A search result as a list row, its matched words marked in the title and the excerpt. */
export function SearchRow({ result, q, providers }: { result: SearchResult; q: string; providers: Map<string, ProviderList[number]> }) {
  const { data, error, refetch } = useQuery(fragmentQuery(result, q))
  const shown = useMemo(() => {
    if (!data) return undefined
    const row = rowOf(data)
    const terms = queryWords(q)
    const locations = new Set(data.locations)
    // The record's text is the title, then the excerpt: words are counted across both.
    const titleWords = row.title.split(/\s+/).filter(Boolean).length
    const words = data.content.split(/\s+/).filter(Boolean)
    const { start, end } = excerptWindow(words.length, titleWords, data.locations)
    const excerpt = words.slice(start, end).join(' ')
    return {
      row,
      title: highlight(row.title, locations, 0, terms),
      excerpt: highlight(excerpt, locations, start, terms),
      clipped: { before: start > titleWords, after: end < words.length },
    }
  }, [data, q])
  if (!shown) return <RowPlaceholder error={error} onRetry={() => void refetch()} />
  return (
    <StoryRow
      row={shown.row}
      provider={providers.get(shown.row.provider)}
      title={<Marked segments={shown.title} />}
      excerpt={
        <>
          {shown.clipped.before && '… '}
          <Marked segments={shown.excerpt} />
          {shown.clipped.after && ' …'}
        </>
      }
    />
  )
}

/** Segments as text, the matched ones in `<mark>`: never markup from the story. */
export function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))
}
