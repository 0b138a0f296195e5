// Formatting in the reader's own locale and time zone.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' })
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' })
const monthDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' })

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso))
}

/** The time of day alone, in the reader's time zone (under a day's heading). */
export function formatTime(iso: string): string {
  return timeOnly.format(new Date(iso))
}

/** Month and day alone ("Nov 30"): a chart's labels after the first, within one year. */
export function formatMonthDay(iso: string): string {
  return monthDay.format(new Date(iso))
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso))
}

/** A date span in the reader's locale: one date when both ends fall on the same day. */
export function formatSpan(firstIso: string, lastIso: string): string {
  if (!firstIso) return ''
  if (!lastIso || dateOnly.format(new Date(firstIso)) === dateOnly.format(new Date(lastIso))) return formatDate(firstIso)
  return dateOnly.formatRange(new Date(firstIso), new Date(lastIso))
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** How long after the first report an article came: `+25 min`, `+3 h`, `+2 d`. */
export function formatLag(ms: number): string {
  if (ms < HOUR) return `+${Math.max(0, Math.round(ms / MINUTE))} min`
  if (ms < 48 * HOUR) return `+${Math.round(ms / HOUR)} h`
  return `+${Math.round(ms / (24 * HOUR))} d`
}
