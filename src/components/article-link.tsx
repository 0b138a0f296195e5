import { Link } from 'react-router'
import { storyPath } from '../content/paths.ts'

/** An article's title as a link: inside the app for a story of the corpus, otherwise to the outlet in a new tab. */
export function ArticleLink({ title, webUrl, domain, storyId }: { title: string; webUrl: string; domain: string; storyId?: string }) {
  if (storyId) return <Link to={storyPath(storyId)}>{title}</Link>
  return (
    <a href={webUrl} target="_blank" rel="noopener noreferrer">
      {title}
      {/* A no-break space: the mark stays on the line of the title's last word. */}
      <span aria-hidden="true">{'\u00a0↗'}</span>
      <span className="visually-hidden"> (opens {domain} in a new tab)</span>
    </a>
  )
}
