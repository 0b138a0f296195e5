import { useState } from 'react'
import { formatDate, formatDateTime } from '../lib/format.ts'
import { relativeTime } from './relative-time.ts'

/** A date, relative when recent; the exact date-time (reader's locale and zone) on hover. */
export function TimeAgo({ iso }: { iso: string }) {
  const exact = formatDateTime(iso)
  // "Now" as of the first render, so a re-render never changes what the row says.
  const [now] = useState(Date.now)
  return (
    <time dateTime={iso} title={exact}>
      {relativeTime(iso, now) ?? formatDate(iso)}
    </time>
  )
}
