import { ArticleLink } from '../../components/article-link.tsx'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import type { EventArticle } from '../../content/types.ts'
import { formatDateTime, formatLag } from '../../lib/format.ts'
import { Quality } from '../../components/quality.tsx'

/** Every article of the event in order of time, each with its lag after the first report. */
export function EventArticles({ articles, first, steps }: { articles: EventArticle[]; first: string; steps?: number[] }) {
  const start = Date.parse(first)
  return (
    <ol className="event-articles" aria-labelledby="event-articles-title">
      {articles.map((a, i) => (
        <li key={a.webUrl}>
          <span className="lag meta">
            {i === 0 && a.publishedDateTime === first ? 'First' : a.publishedDateTime ? formatLag(Date.parse(a.publishedDateTime) - start) : '–'}
          </span>
          <div>
            <ArticleLink title={a.title} webUrl={a.webUrl} domain={a.provider.domain} storyId={a.storyId} />
            <p className="meta coverage-meta">
              <span className="provider">
                <ProviderBadge name={a.provider.name} domain={a.provider.domain} logo={a.provider.logo} />
                {a.provider.name}
              </span>
              {a.publishedDateTime && <time dateTime={a.publishedDateTime}>{formatDateTime(a.publishedDateTime)}</time>}
              {a.quality !== null && <Quality value={a.quality} steps={steps} />}
              {a.storyId && <span className="badge">In this reader</span>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  )
}
