import { Link } from 'react-router'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import type { EventArticle } from '../../content/types.ts'
import { formatDateTime, formatLag } from '../../lib/format.ts'

/** Every article of the event in order of time, each with its lag after the first report. */
export function EventArticles({ articles, first }: { articles: EventArticle[]; first: string }) {
  const start = Date.parse(first)
  return (
    <ol className="event-articles">
      {articles.map((a, i) => (
        <li key={a.webUrl}>
          <span className="lag meta">
            {i === 0 && a.publishedDateTime === first ? 'First' : a.publishedDateTime ? formatLag(Date.parse(a.publishedDateTime) - start) : '–'}
          </span>
          <div>
            <ArticleLink article={a} />
            <p className="meta coverage-meta">
              <span className="provider">
                <ProviderBadge name={a.provider.name} domain={a.provider.domain} logo={a.provider.logo} />
                {a.provider.name}
              </span>
              {a.publishedDateTime && <time dateTime={a.publishedDateTime}>{formatDateTime(a.publishedDateTime)}</time>}
              {a.quality !== null && <span>Quality {a.quality}</span>}
              {a.storyId && <span className="badge">In this reader</span>}
            </p>
          </div>
        </li>
      ))}
    </ol>
  )
}

function ArticleLink({ article }: { article: EventArticle }) {
  if (article.storyId) return <Link to={`/story/${article.storyId}`}>{article.title}</Link>
  return (
    <a href={article.webUrl} target="_blank" rel="noopener noreferrer">
      {article.title}
      <span className="visually-hidden"> (opens {article.provider.domain} in a new tab)</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  )
}
