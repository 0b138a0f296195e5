import { useMemo } from 'react'
import { Link } from 'react-router'
import { LoadError } from '../../components/load-error.tsx'
import { eventMatcher } from '../../filters/match.ts'
import { type StoryIndex } from '../../lib/story-index.ts'
import { formatSpan } from '../../lib/format.ts'
import { type Filters } from '../../filters/filters.ts'
import { useEventRows } from '../../lib/use-event-rows.ts'
import { useSearchEvents } from '../../search/use-search.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { eventPath } from '../../content/paths.ts'

const SHOWN = 200

/**
 * The events covered by two outlets or more as bars on one time axis, each from its first
 * article to its last and labelled with its headline: which stories ran long, which
 * overlapped. Each bar is a link to the event, in time order, so Tab walks through them.
 */
export function EventBars({ index, filters }: { index: StoryIndex | undefined; filters: Filters }) {
  const events = useEventRows(true)
  const { events: textEvents } = useSearchEvents(filters, index, events.rows)
  const shown = useMemo(() => {
    const match = eventMatcher(filters, { textEvents })
    return events.rows.filter((e) => e.page && match(e)).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0))
  }, [events.rows, filters, textEvents])
  if (events.error) return <LoadError what="the events" error={events.error} onRetry={events.retry} />
  if (shown.length === 0) return <p className="meta">{events.complete ? 'No event covered by two outlets or more matches these filters.' : 'Loading events…'}</p>

  const start = filters.from ? Date.parse(`${filters.from}T00:00:00Z`) : Math.min(...shown.map((e) => Date.parse(e.first)))
  const end = filters.to ? Date.parse(`${filters.to}T23:59:59Z`) : Math.max(...shown.map((e) => Date.parse(e.last)))
  const span = Math.max(1, end - start)
  const at = (iso: string) => Math.min(100, Math.max(0, ((Date.parse(iso) - start) / span) * 100))
  return (
    <section aria-labelledby="event-bars-title">
      <h2 id="event-bars-title">Events covered by two outlets or more ({shown.length.toLocaleString()})</h2>
      <ol className="event-bars">
        {shown.slice(0, SHOWN).map((e) => {
          const left = Math.min(at(e.first), 97)
          const width = Math.max(at(e.last) - left, 0.5)
          const when = formatSpan(e.first, e.last)
          return (
            <li key={e.id}>
              <Link className="event-bar" to={eventPath(e.id)} aria-label={`${e.headline}: ${formatCoverage(e.articleCount, e.outletCount)}, ${when}`}>
                <span className="event-bar-label" aria-hidden="true">
                  {e.headline} <span className="meta">· {e.outletCount} outlets · {when}</span>
                </span>
                <span className="event-bar-track" aria-hidden="true">
                  <span className="event-bar-fill" style={{ left: `${left}%`, width: `${width}%` }} />
                </span>
              </Link>
            </li>
          )
        })}
      </ol>
      {shown.length > SHOWN && <p className="meta">The first {SHOWN} events are shown: choose a shorter period to see the others.</p>}
    </section>
  )
}
