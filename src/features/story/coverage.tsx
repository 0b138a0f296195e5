import { useState } from 'react'
import { Link } from 'react-router'
import { ArticleLink } from '../../components/article-link.tsx'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { Quality } from '../../components/quality.tsx'
import { TimeAgo } from '../../components/time-ago.tsx'
import type { Story, StoryRef } from '../../content/types.ts'
import { formatDate, formatTime } from '../../lib/format.ts'
import { firstEntries, relatedByDay } from '../../shared/related.ts'
import { storyPath } from '../../content/paths.ts'

/** Entries shown before the rest fold behind "Show all". */
const FIRST = 8

/**
 * The story's related articles by day (syndicated copies merged: "also in X, Y"), the
 * first eight then "Show all"; then the corpus stories that list this one ("Linked from").
 */
export function Coverage({ story }: { story: Story }) {
  const [all, setAll] = useState(false)
  const days = relatedByDay(story.related)
  const total = days.reduce((n, [, entries]) => n + entries.length, 0)
  const shown = all ? days : firstEntries(days, FIRST)
  return (
    <>
      {/* A story that lists none has no such section: an empty heading would say nothing. */}
      {total > 0 && (
      <section className="coverage" aria-labelledby="coverage-title">
        <h2 id="coverage-title">Related articles</h2>
        {shown.map(([day, visible]) => {
          return (
            <section key={day ?? 'undated'} className="coverage-day" aria-label={day ? formatDate(`${day}T12:00:00Z`) : 'Undated'}>
              <h3 className="meta">{day ? formatDate(`${day}T12:00:00Z`) : 'Undated'}</h3>
              <ol className="coverage-list">
                {visible.map(({ article: r, copies }) => (
                  <li key={r.webUrl}>
                    <ArticleLink title={r.title} webUrl={r.webUrl} domain={r.provider.domain} storyId={r.storyId} />
                    {r.excerpt && <p className="coverage-excerpt">{r.excerpt}</p>}
                    <p className="meta coverage-meta">
                      <span className="provider">
                        <ProviderBadge name={r.provider.name} domain={r.provider.domain} />
                        {r.provider.name}
                      </span>
                      {r.publishedDateTime && <time dateTime={r.publishedDateTime}>{formatTime(r.publishedDateTime)}</time>}
                      {r.quality !== null && <Quality value={r.quality} steps={story.qualitySteps} />}
                      {r.storyId && <span className="badge">In this reader</span>}
                    </p>
                    {copies.length > 0 && (
                      <p className="meta also-in">
                        Also in{' '}
                        {copies.map((c, i) => (
                          <span key={c.webUrl}>
                            {i > 0 && ', '}
                            <a href={c.webUrl} target="_blank" rel="noopener noreferrer">
                              {c.provider.name}
                            </a>
                          </span>
                        ))}
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )
        })}
        {!all && total > FIRST && (
          <button type="button" onClick={() => setAll(true)}>
            Show all {total}
          </button>
        )}
      </section>
      )}
      {story.coveredBy.length > 0 && (
        <section className="coverage" aria-labelledby="covered-by-title">
          <h2 id="covered-by-title">Linked from</h2>
          <p className="meta">Stories of this reader that list this one among their related articles.</p>
          <ol className="coverage-list">
            {story.coveredBy.map((s: StoryRef) => (
              <li key={s.id}>
                <Link to={storyPath(s.id)}>{s.title}</Link>
                <p className="meta coverage-meta">
                  <span className="provider">
                    <ProviderBadge name={s.provider.name} domain={s.provider.domain} />
                    {s.provider.name}
                  </span>
                  <TimeAgo iso={s.publishedDateTime} />
                  {s.quality !== null && <Quality value={s.quality} steps={story.qualitySteps} />}
                  <span className="badge">In this reader</span>
                </p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  )
}
