import { Link } from 'react-router'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { TimeAgo } from '../../components/time-ago.tsx'
import type { Story, StoryRef } from '../../content/types.ts'
import { ArticleLink } from '../../components/article-link.tsx'
import { Quality } from '../../components/quality.tsx'

/** The story's related articles by date, then the corpus stories that list this one ("Linked from"). */
export function Coverage({ story }: { story: Story }) {
  return (
    <>
      <section className="coverage" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Related articles</h2>
        {story.related.length === 0 ? (
          <p className="meta">This story lists no related articles.</p>
        ) : (
          <ol className="coverage-list">
            {story.related.map((r) => (
              <li key={r.webUrl}>
                <ArticleLink title={r.title} webUrl={r.webUrl} domain={r.provider.domain} storyId={r.storyId} />
                {r.excerpt && <p className="coverage-excerpt">{r.excerpt}</p>}
                <CoverageMeta provider={r.provider} date={r.publishedDateTime} quality={r.quality} inApp={!!r.storyId} steps={story.qualitySteps} />
              </li>
            ))}
          </ol>
        )}
      </section>
      {story.coveredBy.length > 0 && (
        <section className="coverage" aria-labelledby="covered-by-title">
          <h2 id="covered-by-title">Linked from</h2>
          <p className="meta">Stories of this reader that list this one among their related articles.</p>
          <ol className="coverage-list">
            {story.coveredBy.map((s: StoryRef) => (
              <li key={s.id}>
                <Link to={`/story/${s.id}`}>{s.title}</Link>
                <CoverageMeta provider={s.provider} date={s.publishedDateTime} quality={s.quality} inApp steps={story.qualitySteps} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}

function CoverageMeta(props: { provider: { name: string; domain: string }; date?: string; quality: number | null; inApp: boolean; steps?: number[] }) {
  return (
    <p className="meta coverage-meta">
      <span className="provider">
        <ProviderBadge name={props.provider.name} domain={props.provider.domain} />
        {props.provider.name}
      </span>
      {props.date && <TimeAgo iso={props.date} />}
      {props.quality !== null && <Quality value={props.quality} steps={props.steps} />}
      {props.inApp && <span className="badge">In this reader</span>}
    </p>
  )
}
