import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useParams, type LoaderFunctionArgs } from 'react-router'
import { loadOr404 } from '../../lib/load-or-404.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { formatDateTime, formatSpan } from '../../lib/format.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useFilters } from '../../filters/use-filters.ts'
import { useEscapeBack } from '../../lib/use-escape-back.ts'
import { EventArticles } from './event-articles.tsx'
import { eventQuery } from './event-query.ts'
import { OutletChips } from './outlet-chips.tsx'
import { SpreadChart } from './spread-chart.tsx'
import { StoryChain } from './story-chain.tsx'

export const loader = ({ params }: LoaderFunctionArgs) => loadOr404(eventQuery(params.id!), 'event')

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

export function Component() {
  const { id } = useParams()
  const { data: event } = useQuery(eventQuery(id!))
  const { filters, update } = useFilters()
  useDocumentTitle(event?.headline)
  useEscapeBack()
  const articles = useMemo(() => {
    const chosen = new Set(filters.providers)
    return (event?.articles ?? []).filter((a) => chosen.size === 0 || chosen.has(a.provider.domain))
  }, [event, filters.providers])
  if (!event) return null
  const first = event.articles[0]
  const narrowed = articles.length !== event.articles.length
  return (
    <article className="event" aria-labelledby="event-title">
      <header>
        <p className="meta event-kicker">Full coverage</p>
        <h1 id="event-title">{event.headline}</h1>
        <p className="event-summary">
          <strong>
            {formatCoverage(event.articleCount, event.outletCount)}
          </strong>
          {first?.publishedDateTime && (
            <>
              {' · '}First reported by {first.provider.name},{' '}
              <time dateTime={first.publishedDateTime}>{formatDateTime(first.publishedDateTime)}</time>
            </>
          )}
          {event.first !== event.last && (
            <>
              {' · '}
              <span className="nowrap">{formatSpan(event.first, event.last)}</span>
            </>
          )}
        </p>
      </header>
      <SpreadChart dates={articles.flatMap((a) => (a.publishedDateTime ? [a.publishedDateTime] : []))} />
      <OutletChips articles={event.articles} selected={filters.providers} onChange={(providers) => update({ providers })} />
      <h2 className="visually-hidden" id="event-articles-title">Articles</h2>
      {narrowed && (
        <p className="meta" aria-live="polite">
          Showing {articles.length} of {event.articleCount} articles.
        </p>
      )}
      <EventArticles articles={articles} first={event.first} steps={event.qualitySteps} />
      <StoryChain event={event} />
    </article>
  )
}
