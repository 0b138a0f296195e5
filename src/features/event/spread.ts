// How an event's coverage spread: its articles counted per hour, day or week across its span.

export type SpreadUnit = 'hour' | 'day' | 'week'

export interface SpreadBucket {
  /** Start of the bucket, epoch ms (UTC). */
  start: number
  count: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR
const STEP: Record<SpreadUnit, number> = { hour: HOUR, day: DAY, week: 7 * DAY }

/** Hours for up to two days, days for up to four months, weeks beyond. */
export function spreadUnit(spanMs: number): SpreadUnit {
  return spanMs <= 2 * DAY ? 'hour' : spanMs <= 120 * DAY ? 'day' : 'week'
}

/** Counts per bucket from the first article's to the last's, empty buckets included (evenly spaced in time). */
export function spread(dates: readonly string[]): { unit: SpreadUnit; buckets: SpreadBucket[] } {
  const times = dates.map((d) => Date.parse(d)).filter((t) => !Number.isNaN(t))
  if (times.length === 0) return { unit: 'day', buckets: [] }
  const first = Math.min(...times)
  const last = Math.max(...times)
  const unit = spreadUnit(last - first)
  const step = STEP[unit]
  const origin = Math.floor(first / step) * step
  const buckets = Array.from({ length: Math.floor((last - origin) / step) + 1 }, (_, i) => ({ start: origin + i * step, count: 0 }))
  for (const t of times) buckets[Math.floor((t - origin) / step)].count++
  return { unit, buckets }
}
