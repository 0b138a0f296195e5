import { useQuery } from '@tanstack/react-query'
import { data, Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { NotFoundError } from '../../lib/data.ts'
import { formatDateTime } from '../../lib/format.ts'
import { queryClient } from '../../lib/query-client.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import type { RelatedLink } from '../../plugin/types.ts'
import { storyQuery } from './story-query.ts'

export async function loader({ params }: LoaderFunctionArgs) {
  try {
    await queryClient.ensureQueryData(storyQuery(params.id!))
  } catch (error) {
    if (error instanceof NotFoundError) throw data('story', { status: 404 })
    throw error
  }
  return null
}

export function Component() {
  const { id } = useParams()
  const { data: story } = useQuery(storyQuery(id!))
  useDocumentTitle(story?.title)
  if (!story) return null
  return (
    <article aria-labelledby="story-title">
      <h1 id="story-title">{story.title}</h1>
      <p className="meta">
        {story.provider.name} · <time dateTime={story.publishedDateTime}>{formatDateTime(story.publishedDateTime)}</time> ·
        quality {story.quality}
        {story.heat !== null && <> · heat {story.heat}</>}
        {!story.published && <> · unpublished</>}
      </p>
      {story.images[0] && (
        <img src={story.images[0].url} width={story.images[0].width ?? undefined} height={story.images[0].height ?? undefined} alt="" />
      )}
      <p>{story.excerpt}</p>
      <p>Topics: {story.topics.join(', ') || 'none'}</p>
      <p>
        <a href={story.webUrl} target="_blank" rel="noopener noreferrer">
          Read at {story.provider.name}
        </a>
      </p>
      <h2>Coverage</h2>
      <ul>
        {story.related.map((r) => (
          <li key={r.webUrl}>
            <RelatedAnchor link={r} /> <span className="meta">{r.provider.name}</span>
          </li>
        ))}
      </ul>
      {story.coveredBy.length > 0 && (
        <>
          <h2>Also covered in</h2>
          <ul>
            {story.coveredBy.map((s) => (
              <li key={s.id}>
                <Link to={`/story/${s.id}`}>{s.title}</Link> <span className="meta">{s.provider.name}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  )
}

function RelatedAnchor({ link }: { link: RelatedLink }) {
  if (link.storyId) return <Link to={`/story/${link.storyId}`}>{link.title}</Link>
  return (
    <a href={link.webUrl} target="_blank" rel="noopener noreferrer">
      {link.title}
    </a>
  )
}
