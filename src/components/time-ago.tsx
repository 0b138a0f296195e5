import { formatDate, formatDateTime } from '../lib/format.ts'
import { relativeTime } from '../lib/relative-time.ts'

/** A date, relative when recent; the exact date-time (reader's locale and zone) on hover. */
export function TimeAgo({ iso }: { iso: string }) {
  const exact = formatDateTime(iso)
  return (
    <time dateTime={iso} title={exact}>
      {relativeTime(iso, Date.now()) ?? formatDate(iso)}
    </time>
  )
}
