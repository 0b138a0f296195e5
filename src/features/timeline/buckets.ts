// Buckets for the timeline's histogram: days, or weeks, months, quarters or years when the
// span is long or the screen narrow.

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year'

const UNITS: Unit[] = ['day', 'week', 'month', 'quarter', 'year']
/** Roughly how many days a bucket of each unit covers, to count buckets before making them. */
const UNIT_DAYS: Record<Unit, number> = { day: 1, week: 7, month: 30.4, quarter: 91.3, year: 365.25 }

export interface Bucket {
  /** First and last UTC day of the bucket, `YYYY-MM-DD`. */
  start: string
  end: string
  count: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Days for up to four months, weeks up to two years, months beyond; then wider still while
 * there would be more than `maxBars` buckets (a phone fits fewer bars of a tappable width).
 */
export function chooseUnit(fromDay: string, toDay: string, maxBars = Infinity): Unit {
  const days = (Date.parse(toDay) - Date.parse(fromDay)) / DAY_MS
  let i = UNITS.indexOf(days <= 120 ? 'day' : days <= 2 * 366 ? 'week' : 'month')
  while (i < UNITS.length - 1 && Math.ceil(days / UNIT_DAYS[UNITS[i]]) + 1 > maxBars) i++
  return UNITS[i]
}

/** The bucket holding `day`: itself, its ISO week (Monday first), its month, quarter or year. */
export function bucketRange(day: string, unit: Unit): { start: string; end: string } {
  const t = Date.parse(day)
  if (unit === 'day') return { start: day, end: day }
  if (unit === 'week') {
    const weekday = (new Date(t).getUTCDay() + 6) % 7
    const start = t - weekday * DAY_MS
    return { start: isoDay(start), end: isoDay(start + 6 * DAY_MS) }
  }
  const d = new Date(t)
  const months = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12
  const first = Math.floor(d.getUTCMonth() / months) * months
  return { start: isoDay(Date.UTC(d.getUTCFullYear(), first, 1)), end: isoDay(Date.UTC(d.getUTCFullYear(), first + months, 0)) }
}

/**
 * Counts per bucket over `[fromDay, toDay]`, empty buckets included so the bars are
 * evenly spaced in time. `days` maps `YYYY-MM-DD` to a count (precomputed by the build,
 * or counted from the filtered stories).
 */
export function bucketize(days: Record<string, number>, fromDay: string, toDay: string, unit: Unit): Bucket[] {
  const buckets: Bucket[] = []
  let { start, end } = bucketRange(fromDay, unit)
  while (start <= toDay) {
    buckets.push({ start, end, count: 0 })
    ;({ start, end } = bucketRange(isoDay(Date.parse(end) + DAY_MS), unit))
  }
  for (const [day, count] of Object.entries(days)) {
    if (day < buckets[0]?.start || day > toDay) continue
    const i = findBucket(buckets, day)
    if (i >= 0) buckets[i].count += count
  }
  return buckets
}

function findBucket(buckets: Bucket[], day: string): number {
  let lo = 0
  let hi = buckets.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (day < buckets[mid].start) hi = mid - 1
    else if (day > buckets[mid].end) lo = mid + 1
    else return mid
  }
  return -1
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** Which of `count` bars get a date under the chart: the first, the last, and evenly spaced ones between (at most `labels`). */
export function axisTicks(count: number, labels: number): number[] {
  if (count <= 0) return []
  const n = Math.min(labels, count)
  if (n === 1) return [0]
  return [...new Set(Array.from({ length: n }, (_, i) => Math.round((i * (count - 1)) / (n - 1))))]
}
