// Dates arrive as YAML timestamps (js-yaml makes them Date objects) or as strings.
// Everything is normalized to a UTC ISO instant; the browser formats for the reader.

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/** A UTC ISO string (`2020-11-17T22:37:00.000Z`), or null when the value is not a date. */
export function toUtcIso(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString()
  if (typeof value !== 'string') return null
  const m = ISO_LIKE.exec(value.trim())
  if (!m) return null
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m
  const offset = zone.toUpperCase() === 'Z' ? 'Z' : normalizeOffset(zone)
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`)
  if (Number.isNaN(date.getTime())) return null
  // Reject dates the engine silently rolls over (2020-02-31 → March 2).
  if (!zone || offset === 'Z') {
    if (date.getUTCDate() !== Number(d) || date.getUTCMonth() + 1 !== Number(mo)) return null
  }
  return date.toISOString()
}

function normalizeOffset(zone: string): string {
  const digits = zone.replace(':', '')
  return digits.length === 3 ? `${digits}:00` : `${digits.slice(0, 3)}:${digits.slice(3)}`
}

/** `YYYY-MM-DD` of a UTC instant. */
export function utcDay(iso: string): string {
  return iso.slice(0, 10)
}

/** True for a well-formed `YYYY-MM-DD` naming a real calendar day. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  return toUtcIso(value)?.slice(0, 10) === value
}

const DAY_MS = 86_400_000

/** A `YYYY-MM-DD` day as a day number (days since 1970-01-01, UTC): the story columns' unit. */
export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS)
}

export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}
