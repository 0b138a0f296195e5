import { useId, type ReactNode } from 'react'
import { Link, useLocation } from 'react-router'
import { ProviderBadge } from './provider-badge.tsx'
import { SaveButton } from './save-button.tsx'
import { Quality } from './quality.tsx'
import { Thumbnail } from './thumbnail.tsx'
import { TimeAgo } from './time-ago.tsx'
import type { IndexRow, ProviderList } from '../content/types.ts'
import { useIsRead } from '../lib/use-reader-memory.ts'
import { storyPath } from '../content/paths.ts'

interface Props {
  row: IndexRow
  provider?: ProviderList[number]
  /** The title with a search's matches marked; the plain title otherwise. */
  title?: ReactNode
  /** A search result's excerpt, its matches marked. */
  excerpt?: ReactNode
  /** Said instead of linking: the story is no longer in the corpus (a saved one), and where it may still be read. */
  gone?: ReactNode
}

export function StoryRow({ row, provider, title, excerpt, gone }: Props) {
  const name = row.providerName
  const read = useIsRead(row.id)
  const readId = useId()
  // From the list, the story can step through it (Previous/Next in your list).
  const location = useLocation()
  const fromTheList = location.pathname === '/' ? { list: location.search } : undefined
  return (
    <article className="story-row">
      <div className="story-row-text">
        <h2 className="story-row-title">
          {gone ? (
            <span className="gone">{title ?? row.title}</span>
          ) : (
            // Read stories are muted, and described as read to screen readers.
            <Link to={storyPath(row.id)} state={fromTheList} className={read ? 'read' : undefined} aria-describedby={read ? readId : undefined}>
              {title ?? row.title}
            </Link>
          )}
        </h2>
        {read && (
          <span id={readId} hidden>
            Read
          </span>
        )}
        {gone && <p className="meta">{gone}</p>}
        {excerpt ? <p className="story-row-excerpt">{excerpt}</p> : row.excerpt && <p className="story-row-excerpt story-row-line">{row.excerpt}</p>}
        <p className="meta story-row-meta">
          <span className="provider">
            <ProviderBadge name={name} domain={row.provider} logo={provider?.logo} />
            {name}
          </span>
          <TimeAgo iso={row.publishedDateTime} />
          <Quality value={row.quality} />
          {row.relatedCount > 0 && <span>{row.relatedCount} related {row.relatedCount === 1 ? 'article' : 'articles'}</span>}
          {row.type === 'video' && <span className="badge">Video</span>}
          {!row.published && <span className="badge badge-muted" title="The outlet no longer shows this story on its site">Not on the source site</span>}
          <SaveButton row={row} className="save-compact" />
        </p>
      </div>
      <Thumbnail image={row.image} />
    </article>
  )
}
