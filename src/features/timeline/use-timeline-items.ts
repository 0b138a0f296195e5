import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import { externalMonthQuery } from '../../lib/content-queries.ts'
import { countedUnder, externalMatcher } from '../../filters/match.ts'
import { countByDay } from '../../shared/group.ts'
import { dayCounts, selectRows } from '../../filters/select-stories.ts'
import { dayString } from '../../shared/dates.ts'
import { type StoryIndex } from '../../lib/story-index.ts'
import { isFiltered } from '../../filters/summary.ts'
import { type Filters } from '../../filters/filters.ts'
import { useUnreadOnly } from '../../lib/use-reader-memory.ts'
import type { ExternalArticle, TimelineData } from '../../content/types.ts'
import { useSearch, useWordMatches } from '../../search/use-search.ts'

export type TimelineItem =
  /** A story by its list position (its row loads with its row page); `date` is its UTC day. */
  | { kind: 'story'; date: string; position: number }
  /** A story found by a search, with its row. */
  | { kind: 'external'; date: string; article: ExternalArticle }

/** Past this many related-only articles in view, they load only for a chosen period. */
export const EXTERNAL_LIMIT = 5000

/**
 * The timeline's items under the filters, oldest first (the first `limit` of a search),
 * and the per-day counts the histogram draws (ignoring the date range, which the histogram
 * shows as a selection). Stories come from the story index, or from the search engine for
 * a text query; related-only articles from their month files.
 */
export function useTimelineItems(timeline: TimelineData, index: StoryIndex | undefined, filters: Filters) {
  const inRange = Object.entries(timeline.external.months)
    .filter(([month]) => (!filters.from || month >= filters.from.slice(0, 7)) && (!filters.to || month <= filters.to.slice(0, 7)))
    .map(([, m]) => m)
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

  const searching = !!filters.q
  const search = useSearch({ ...filters, sort: 'oldest' }, index)
  const words = useWordMatches(filters.q)

  // Unread only applies to a search too: its results are list positions, like the list's.
  const unreadOnly = useUnreadOnly(filters.unread)
  const { unread } = unreadOnly

  const stories = useMemo((): TimelineItem[] | undefined => {
    if (!index || unread === undefined) return undefined
    const positions = searching ? search.positions : selectRows(index, { ...filters, sort: 'oldest' })
    if (!positions) return undefined
    return Array.from(unread ? positions.filter(unread) : positions, (position) => ({ kind: 'story', date: dayString(index.day[position]), position }))
  }, [searching, search.positions, index, filters, unread])

  const items = useMemo(() => {
    if (!stories) return undefined
    const list = [...stories]
    if (filters.related) {
      const matchExternal = externalMatcher(filters)
      for (const article of articles) if (matchExternal(article)) list.push({ kind: 'external', date: article.publishedDateTime, article })
    }
    return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  }, [stories, filters, articles])

  const days = useMemo(() => {
    const undated = countedUnder(filters, 'day')
    if (!isFiltered(undated) && !filters.q) return filters.related ? sumDays(timeline.days, timeline.external.days) : timeline.days
    const has = words.data?.has
    const keep = searching ? has && (unread ? (i: number) => has(i) && unread(i) : has) : (unread ?? undefined)
    const counts = index && (!searching || keep) ? dayCounts(index, undated, keep) : {}
    return filters.related ? countByDay(articles.filter(externalMatcher(undated)), { ...counts }) : counts
  }, [timeline, index, filters, searching, words.data, articles, unread])

  return {
    items,
    /** How many stories a search found (only the first `limit` are in `items`). */
    found: searching ? search.positions?.length : undefined,
    days,
    /** Related-only articles left out until a shorter period is chosen. */
    externalHeldBack: filters.related && tooMany ? externalInRange : 0,
    loading: external.loading || !items || search.isPlaceholderData,
    error: external.error ?? search.error ?? unreadOnly.error,
    retry: () => {
      external.retry()
      if (search.isError) void search.refetch()
      if (unreadOnly.error) unreadOnly.retry()
    },
  }
}

function sumDays(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a }
  for (const [day, n] of Object.entries(b)) out[day] = (out[day] ?? 0) + n
  return out
}
