const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
]
const WEEK = 7 * 24 * 60 * 60

/**
 * "5 minutes ago", "3 days ago" for the last week; null for anything older or in the
 * future, which is shown as a date instead.
 */
export function relativeTime(iso: string, now: number, locale?: string): string | null {
  const seconds = Math.round((now - Date.parse(iso)) / 1000)
  if (Number.isNaN(seconds) || seconds < 0 || seconds >= WEEK) return null
  if (seconds < 60) return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(0, 'second')
  const [unit, size] = [...UNITS].reverse().find(([, s]) => seconds >= s)!
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(-Math.floor(seconds / size), unit)
}
