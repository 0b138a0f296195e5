import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { TimeAgo } from '../../components/time-ago.tsx'
import { loadOr404 } from '../../lib/load-or-404.ts'
import { readAction } from '../../shared/urls.ts'
import { markRead } from '../../lib/reader-memory.ts'
import { storyKey } from '../../shared/story-key.ts'
import { SaveButton } from '../../components/save-button.tsx'
import { Quality } from '../../components/quality.tsx'
import { toRow } from '../../content/to-row.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { ShareLink } from './share-link.tsx'
import { Coverage } from './coverage.tsx'
import { StoryMedia } from './story-media.tsx'
import { StorySteps } from './story-steps.tsx'
import { storyQuery } from '../../lib/content-queries.ts'
import { useEscapeBack } from '../../lib/use-escape-back.ts'
import { useEventKey } from './use-event-key.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { hasEventPage } from '../../content/types.ts'
import { eventPath, outletPath, topicPath } from '../../content/paths.ts'

export const loader = ({ params }: LoaderFunctionArgs) => loadOr404(storyQuery(params.id!), 'story')

export function Component() {
  const { id } = useParams()
  const { data: story } = useQuery(storyQuery(id!))
  useDocumentTitle(story?.title)
  useEscapeBack()
  const event = story && hasEventPage(story.event) ? story.event : undefined
  useEventKey(event?.id)
  // Opened is read: the list mutes it from now on, on this device.
  useEffect(() => {
    if (story) markRead([storyKey(story.id)])
  }, [story])
  if (!story) return null
  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story-header">
        <p className="story-provider">
          <ProviderBadge name={story.provider.name} domain={story.provider.domain} logo={story.provider.logo} />
          <Link to={outletPath(story.provider.domain)} title={`Every story from ${story.provider.name}`}>
            {story.provider.name}
          </Link>
          <span className="meta">{story.provider.domain}</span>
        </p>
        <h1 id="story-title">{story.title}</h1>
        <p className="meta story-meta">
          <TimeAgo iso={story.publishedDateTime} />
          <Quality value={story.quality} standing={story.standing} showScore />
          {story.heat !== null && <span>Heat {story.heat}</span>}
          {story.type === 'video' && <span className="badge">Video</span>}
          {!story.published && <span className="badge badge-muted">Not on the source site</span>}
        </p>
        {!story.published && <p className="meta">{story.provider.name} no longer shows this story on its site: the link to it may not work.</p>}
      </header>
      {event && (
        <p className="part-of">
          <span className="meta">Part of:</span>{' '}
          <Link to={eventPath(event.id)} aria-keyshortcuts="e">
            {event.headline}
          </Link>{' '}
          <span className="meta">
            — {formatCoverage(event.articleCount, event.outletCount)}
          </span>
        </p>
      )}
      <StoryMedia story={story} />
      {/* The main action right under the image, before the excerpt: on the first screen at any size. */}
      <p className="story-actions">
        <a className="button button-primary" href={story.webUrl} target="_blank" rel="noopener noreferrer">
          {readAction(story.webUrl, story.provider)}
        </a>
        <SaveButton row={toRow(story)} />
        <ShareLink title={story.title} />
        {/* A lighter copy of the same page: a plain link, after the main actions. */}
        {story.ampWebUrl && (
          <a className="secondary-link" href={story.ampWebUrl} target="_blank" rel="noopener noreferrer">
            AMP version
          </a>
        )}
      </p>
      {story.excerpt && <p className="story-excerpt">{story.excerpt}</p>}
      {story.topics.length > 0 && (
        <ul className="topics" aria-label="Topics">
          {story.topics.map((t) => (
            <li key={t}>
              <Link to={topicPath(t)} title={`Every story on ${t}`}>
                {t}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Coverage story={story} />
      <StorySteps story={story} />
    </article>
  )
}
