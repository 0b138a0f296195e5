import { useRef, useState, type KeyboardEvent } from 'react'
import { formatDate, formatMonthDay } from '../../lib/format.ts'
import { axisTicks, type Bucket, type Unit } from './buckets.ts'

interface Props {
  buckets: Bucket[]
  unit: Unit
  /** What the bars count: stories, or stories and their related articles. */
  noun: 'stories' | 'articles'
  /** Dates to write under the chart (its ends and evenly between): fewer on a narrow screen. */
  labels?: number
  /** The selected range, if any (`YYYY-MM-DD`). */
  from?: string
  to?: string
  onSelect: (range: { from?: string; to?: string }) => void
}

const UNIT_LABEL: Record<Unit, string> = { day: 'per day', week: 'per week', month: 'per month', quarter: 'per quarter', year: 'per year' }

const day = (d: string) => formatDate(d + 'T12:00:00Z')

/**
 * Bars of stories per bucket; choosing one narrows the view to it, choosing it again widens
 * back. The chart is one Tab stop: the arrow keys (and Home, End) move between its bars.
 */
export function Histogram({ buckets, unit, noun, labels = 4, from, to, onSelect }: Props) {
  const max = Math.max(1, ...buckets.map((b) => b.count))
  const bars = useRef<(HTMLButtonElement | null)[]>([])
  const selectedAt = buckets.findIndex((b) => from === b.start && to === b.end)
  const [focusAt, setFocusAt] = useState<number | null>(null)
  const lastFull = buckets.findLastIndex((b) => b.count > 0)
  const tabStop = focusAt !== null && focusAt < buckets.length ? focusAt : selectedAt >= 0 ? selectedAt : Math.max(0, lastFull)
  const one = noun === 'stories' ? 'story' : 'article'

  function onKeyDown(e: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key]
    let next = step ? tabStop + step : e.key === 'Home' ? 0 : e.key === 'End' ? buckets.length - 1 : null
    if (next === null) return
    e.preventDefault()
    next = Math.min(buckets.length - 1, Math.max(0, next))
    setFocusAt(next)
    bars.current[next]?.focus()
  }

  const ticks = axisTicks(buckets.length, labels)
  return (
    <figure className="histogram">
      <figcaption className="meta">
        {noun === 'stories' ? 'Stories' : 'Stories and related articles'} {UNIT_LABEL[unit]}. Choose a bar to narrow the view.
      </figcaption>
      <div className="histogram-bars" role="group" aria-label={`${noun === 'stories' ? 'Stories' : 'Articles'} ${UNIT_LABEL[unit]}`} onKeyDown={onKeyDown}>
        {buckets.map((b, i) => {
          const selected = i === selectedAt
          const inRange = (!from || b.end >= from) && (!to || b.start <= to)
          const label = `${unit === 'day' ? day(b.start) : `${day(b.start)} – ${day(b.end)}`}: ${b.count} ${b.count === 1 ? one : noun}`
          const empty = b.count === 0 && !selected
          return (
            <button
              key={b.start}
              ref={(el) => void (bars.current[i] = el)}
              type="button"
              className={`bar${inRange ? '' : ' bar-out'}`}
              aria-label={label}
              aria-pressed={selected}
              // Empty bars stay reachable by the arrows (so the keys move one bar at a time) but do nothing.
              aria-disabled={empty || undefined}
              tabIndex={i === tabStop ? 0 : -1}
              title={label}
              onFocus={() => setFocusAt(i)}
              onClick={() => !empty && onSelect(selected ? { from: undefined, to: undefined } : { from: b.start, to: b.end })}
            >
              <span style={{ height: `${(b.count / max) * 100}%` }} />
            </button>
          )
        })}
      </div>
      <div className="histogram-axis meta" aria-hidden="true">
        {ticks.map((i, n) => (
          <span key={i} style={{ left: `${((i + 0.5) / buckets.length) * 100}%` }} className={n === 0 ? 'tick-first' : n === ticks.length - 1 ? 'tick-last' : undefined}>
            {/* The year once, unless the chart crosses into another: short labels do not collide. */}
            {n === 0 || buckets[i].start.slice(0, 4) !== buckets[ticks[0]].start.slice(0, 4) ? day(buckets[i].start) : formatMonthDay(buckets[i].start + 'T12:00:00Z')}
          </span>
        ))}
      </div>
    </figure>
  )
}
