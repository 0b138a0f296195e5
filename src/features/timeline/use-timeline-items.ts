import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { externalMonthQuery } from '../../lib/content-queries.ts'
import { externalMatcher, matcher } from '../../lib/filters.ts'
import { countByDay } from '../../lib/group.ts'
import type { Filters } from '../../lib/url-state.ts'
import type { ExternalArticle, IndexRow, TimelineData } from '../../content/types.ts'

export type TimelineItem =
  | { kind: 'story'; date: string; row: IndexRow }
  | { kind: 'external'; date: string; article: ExternalArticle }

/** Past this many related-only articles in view, they load only for a chosen period. */
export const EXTERNAL_LIMIT = 5000

/**
 * The timeline's items under the filters, oldest first, and the per-day counts the
 * histogram draws (ignoring the date range, which the histogram shows as a selection).
 * Unfiltered, the counts are the build's precomputed ones, not a pass over every story.
 */
export function useTimelineItems(timeline: TimelineData, rows: IndexRow[], filters: Filters, excerpts?: ReadonlyMap<string, string>) {
  const inRange = Object.values(
    Object.fromEntries(
      Object.entries(timeline.external.months).filter(
        ([month]) => (!filters.from || month >= filters.from.slice(0, 7)) && (!filters.to || month <= filters.to.slice(0, 7)),
      ),
    ),
  )
  const externalInRange = inRange.reduce((n, m) => n + m.count, 0)
  // A large corpus links to far more articles than a tab should hold: load them for a period.
  const tooMany = externalInRange > EXTERNAL_LIMIT
  const months = filters.related && !tooMany ? inRange.map((m) => m.file) : []
  const external = useQueries({
    queries: months.map((file) => externalMonthQuery(file)),
    // Combined results are structurally shared: `articles` keeps its identity until data changes.
    combine: (results) => ({
      articles: results.flatMap((q) => q.data ?? []),
      loading: results.some((q) => q.isPending),
      error: results.find((q) => q.isError)?.error ?? null,
      retry: () => results.forEach((q) => q.isError && void q.refetch()),
    }),
  })
  const { articles } = external

  const items = useMemo(() => {
    const match = matcher(filters, { excerpts })
    const matchExternal = externalMatcher(filters)
    const list: TimelineItem[] = rows.filter(match).map((row) => ({ kind: 'story', date: row.publishedDateTime, row }))
    if (filters.related) {
      for (const article of articles) if (matchExternal(article)) list.push({ kind: 'external', date: article.publishedDateTime, article })
    }
    return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  }, [rows, filters, articles, excerpts])

  const days = useMemo(() => {
    const undated = { ...filters, from: undefined, to: undefined }
    const onlyDates = undated.providers.length === 0 && undated.minQuality === undefined && !undated.q && !undated.publishedOnly
    if (onlyDates) return filters.related ? sumDays(timeline.days, timeline.external.days) : timeline.days
    const counts = countByDay(rows.filter(matcher(undated, { excerpts })))
    return filters.related ? countByDay(articles.filter(externalMatcher(undated)), counts) : counts
  }, [timeline, rows, filters, articles, excerpts])

  return {
    items,
    days,
    /** Related-only articles left out until a shorter period is chosen. */
    externalHeldBack: filters.related && tooMany ? externalInRange : 0,
    loading: external.loading,
    error: external.error,
    retry: external.retry,
  }
}

function sumDays(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a }
  for (const [day, n] of Object.entries(b)) out[day] = (out[day] ?? 0) + n
  return out
}
