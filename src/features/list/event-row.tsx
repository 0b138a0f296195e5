import { Link } from 'react-router'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import type { EventRow, ProviderList } from '../../content/types.ts'
import { formatDate, formatDateTime, formatSpan } from '../../lib/format.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { eventPath, storyPath } from '../../content/paths.ts'

const LOGOS_SHOWN = 5

/** One event in the grouped list: headline, how widely it was covered, who was first, its span. */
export function EventRowView({ row, providers }: { row: EventRow; providers: Map<string, ProviderList[number]> }) {
  const first = row.outlets[0]
  const href = row.page ? eventPath(row.id) : undefined
  return (
    <article className="story-row event-row">
      <div className="story-row-text">
        <h2 className="story-row-title">{href ? <Link to={href}>{row.headline}</Link> : <SingleLink row={row} />}</h2>
        <p className="meta story-row-meta">
          <span className="outlet-logos" aria-hidden="true">
            {row.outlets.slice(0, LOGOS_SHOWN).map((o) => (
              <ProviderBadge key={o.domain} name={o.name} domain={o.domain} logo={providers.get(o.domain)?.logo} />
            ))}
          </span>
          <span>
            {formatCoverage(row.articleCount, row.outletCount)}
          </span>
          {first && row.first && (
            <span>
              First: {first.name},{' '}
              <time dateTime={row.first} title={formatDateTime(row.first)}>
                {formatDate(row.first)}
              </time>
            </span>
          )}
          {row.first.slice(0, 10) !== row.last.slice(0, 10) && <span>{formatSpan(row.first, row.last)}</span>}
        </p>
      </div>
    </article>
  )
}

/** An event of one story has no page of its own: the row opens the story. */
function SingleLink({ row }: { row: EventRow }) {
  return row.leadStoryId ? <Link to={storyPath(row.leadStoryId)}>{row.headline}</Link> : <>{row.headline}</>
}
