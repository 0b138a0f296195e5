import { formatDate, formatDateTime } from '../../lib/format.ts'
import { spread, type SpreadUnit } from './spread.ts'

const UNIT: Record<SpreadUnit, string> = { hour: 'per hour', day: 'per day', week: 'per week' }

function label(start: number, unit: SpreadUnit): string {
  const iso = new Date(start).toISOString()
  return unit === 'hour' ? formatDateTime(iso) : unit === 'week' ? `Week of ${formatDate(iso)}` : formatDate(iso)
}

/**
 * How the coverage spread: articles per hour, day or week across the event. The bars are
 * a picture; a screen reader gets the same counts as a table.
 */
export function SpreadChart({ dates }: { dates: string[] }) {
  const { unit, buckets } = spread(dates)
  if (buckets.length < 2) return null
  const max = Math.max(...buckets.map((b) => b.count))
  return (
    <figure className="spread">
      <figcaption className="meta">How the coverage spread: articles {UNIT[unit]}</figcaption>
      <div className="spread-bars" aria-hidden="true">
        {buckets.map((b) => (
          <span key={b.start} className="spread-bar" title={`${label(b.start, unit)}: ${b.count}`}>
            <span style={{ height: `${(b.count / max) * 100}%` }} />
          </span>
        ))}
      </div>
      {/* The start under the left edge, the end under the right; too narrow for both, the end wraps below. */}
      <div className="spread-axis meta" aria-hidden="true">
        <span>{label(buckets[0].start, unit)}</span>
        <span>{label(buckets.at(-1)!.start, unit)}</span>
      </div>
      <table className="visually-hidden">
        <caption>Articles {UNIT[unit]}</caption>
        <thead>
          <tr>
            <th scope="col">{unit === 'hour' ? 'Hour' : unit === 'week' ? 'Week' : 'Day'}</th>
            <th scope="col">Articles</th>
          </tr>
        </thead>
        <tbody>
          {buckets
            .filter((b) => b.count > 0)
            .map((b) => (
              <tr key={b.start}>
                <td>{label(b.start, unit)}</td>
                <td>{b.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </figure>
  )
}
