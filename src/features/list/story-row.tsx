import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { Thumbnail } from '../../components/thumbnail.tsx'
import { TimeAgo } from '../../components/time-ago.tsx'
import type { IndexRow, ProviderList } from '../../content/types.ts'

interface Props {
  row: IndexRow
  provider?: ProviderList[number]
  /** The title with a search's matches marked; the plain title otherwise. */
  title?: ReactNode
  /** A search result's excerpt, its matches marked. */
  excerpt?: ReactNode
}

export function StoryRow({ row, provider, title, excerpt }: Props) {
  const name = row.providerName
  return (
    <article className="story-row">
      <div className="story-row-text">
        <h2 className="story-row-title">
          <Link to={`/story/${row.id}`}>{title ?? row.title}</Link>
        </h2>
        {excerpt && <p className="story-row-excerpt">{excerpt}</p>}
        <p className="meta story-row-meta">
          <span className="provider">
            <ProviderBadge name={name} domain={row.provider} logo={provider?.logo} />
            {name}
          </span>
          <TimeAgo iso={row.publishedDateTime} />
          <span>Quality {row.quality}</span>
          {row.relatedCount > 0 && <span>{row.relatedCount} related {row.relatedCount === 1 ? 'article' : 'articles'}</span>}
          {row.type === 'video' && <span className="badge">Video</span>}
          {!row.published && <span className="badge badge-muted" title="The outlet no longer shows this story on its site">Not on the source site</span>}
        </p>
      </div>
      <Thumbnail image={row.image} />
    </article>
  )
}
