import { formatDate } from '../../lib/format.ts'
import type { Bucket, Unit } from '../../lib/timeline.ts'

interface Props {
  buckets: Bucket[]
  unit: Unit
  /** The selected range, if any (`YYYY-MM-DD`). */
  from?: string
  to?: string
  onSelect: (range: { from?: string; to?: string }) => void
}

const UNIT_LABEL: Record<Unit, string> = { day: 'per day', week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' }

/** Bars of stories per bucket; choosing one narrows the view to it, choosing it again widens back. */
export function Histogram({ buckets, unit, from, to, onSelect }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.count))
  return (
    <figure className="histogram">
      <figcaption className="meta">
        Stories {UNIT_LABEL[unit]}. Choose a bar to narrow the view.
      </figcaption>
      <div className="histogram-bars" role="group" aria-label={`Stories ${UNIT_LABEL[unit]}`}>
        {buckets.map((b) => {
          const selected = from === b.start && to === b.end
          const inRange = (!from || b.end >= from) && (!to || b.start <= to)
          const label = `${unit === 'day' ? formatDate(b.start + 'T12:00:00Z') : `${formatDate(b.start + 'T12:00:00Z')} – ${formatDate(b.end + 'T12:00:00Z')}`}: ${b.count} ${b.count === 1 ? 'story' : 'stories'}`
          return (
            <button
              key={b.start}
              type="button"
              className={`bar${inRange ? '' : ' bar-out'}`}
              aria-label={label}
              aria-pressed={selected}
              title={label}
              disabled={b.count === 0 && !selected}
              onClick={() => onSelect(selected ? { from: undefined, to: undefined } : { from: b.start, to: b.end })}
            >
              <span style={{ height: `${(b.count / max) * 100}%` }} />
            </button>
          )
        })}
      </div>
      <div className="histogram-axis meta" aria-hidden="true">
        <span>{buckets[0] && formatDate(buckets[0].start + 'T12:00:00Z')}</span>
        <span>{buckets.at(-1) && formatDate(buckets.at(-1)!.end + 'T12:00:00Z')}</span>
      </div>
    </figure>
  )
}
