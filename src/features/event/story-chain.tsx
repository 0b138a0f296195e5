import { Link } from 'react-router'
import { formatCoverage } from '../../content/coverage.ts'
import type { ChainRef, NewsEvent } from '../../content/types.ts'
import { formatDate } from '../../lib/format.ts'
import { eventPath } from '../../content/paths.ts'

/**
 * The story this event belongs to, beyond the grouping's window: the events before and
 * after it, oldest first, this one marked. Nothing when the event stands alone.
 */
export function StoryChain({ event }: { event: NewsEvent }) {
  const earlier = [...(event.earlier ?? [])].reverse()
  const later = event.later ?? []
  if (!earlier.length && !later.length) return null
  const item = (e: ChainRef) => (
    <li key={e.id}>
      <time dateTime={e.first}>{formatDate(e.first)}</time> <Link to={eventPath(e.id)}>{e.headline}</Link>{' '}
      <span className="meta">{formatCoverage(e.articleCount, e.outletCount)}</span>
    </li>
  )
  return (
    <nav className="story-chain" aria-labelledby="story-chain-title">
      <h2 id="story-chain-title">{earlier.length ? 'Earlier in this story' : 'Later in this story'}</h2>
      <ol>
        {earlier.map(item)}
        <li aria-current="page">
          <time dateTime={event.first}>{formatDate(event.first)}</time> <strong>This event</strong>
        </li>
        {later.map(item)}
      </ol>
    </nav>
  )
}
