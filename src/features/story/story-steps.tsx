import { Link, useLocation } from 'react-router'
import type { IndexRow, Story } from '../../content/types.ts'
import { fromList, useListNeighbors } from './use-list-neighbors.ts'
import { storyPath } from '../../content/paths.ts'

/**
 * Where to go next from a story: the previous and next story of the list the reader came
 * from (same filters, same order), carried on as they step; opened fresh, the stories
 * just before and after it by date.
 */
export function StorySteps({ story }: { story: Story }) {
  const list = fromList(useLocation().state)
  const neighbors = useListNeighbors(story.id, list)
  if (neighbors) {
    return (
      <nav className="prev-next" aria-label="Stories in your list">
        {neighbors.previous ? <Step row={neighbors.previous} rel="prev" label="Previous in your list" list={list} /> : <span />}
        {neighbors.next && <Step row={neighbors.next} rel="next" label="Next in your list" list={list} />}
      </nav>
    )
  }
  return (
    <nav className="prev-next" aria-label="Stories by date">
      {story.prev ? <Step row={story.prev} rel="prev" label="Earlier" /> : <span />}
      {story.next && <Step row={story.next} rel="next" label="Later" />}
    </nav>
  )
}

function Step({ row, rel, label, list }: { row: Pick<IndexRow, 'id' | 'title'>; rel: 'prev' | 'next'; label: string; list?: string }) {
  return (
    <Link to={storyPath(row.id)} rel={rel} state={list === undefined ? undefined : { list }}>
      <span className="meta">
        {rel === 'prev' && <span aria-hidden="true">← </span>}
        {label}
        {rel === 'next' && <span aria-hidden="true"> →</span>}
      </span>{' '}
      {row.title}
    </Link>
  )
}
