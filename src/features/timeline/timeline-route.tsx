import { Link } from 'react-router'
import { manifestQuery, indexChunkQuery } from '../../lib/content-queries.ts'
import { formatDate } from '../../lib/format.ts'
import { queryClient } from '../../lib/query-client.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useIndexRows } from '../../lib/use-index-rows.ts'
import type { IndexRow } from '../../plugin/types.ts'

export async function loader() {
  const manifest = await queryClient.ensureQueryData(manifestQuery())
  await Promise.all(manifest.chunks.map((c) => queryClient.ensureQueryData(indexChunkQuery(c.file))))
  return null
}

export function Component() {
  useDocumentTitle('Timeline')
  const { rows } = useIndexRows()
  const days = groupByDay([...rows].reverse())
  return (
    <section aria-labelledby="timeline-title">
      <h1 id="timeline-title">Timeline</h1>
      {days.map(([day, stories]) => (
        <section key={day} aria-label={day}>
          <h2>
            <time dateTime={day}>{formatDate(`${day}T12:00:00Z`)}</time>
          </h2>
          <ul>
            {stories.map((s) => (
              <li key={s.id}>
                <Link to={`/story/${s.id}`}>{s.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

function groupByDay(rows: IndexRow[]): [string, IndexRow[]][] {
  const days = new Map<string, IndexRow[]>()
  for (const row of rows) {
    const day = row.publishedDateTime.slice(0, 10)
    days.set(day, [...(days.get(day) ?? []), row])
  }
  return [...days]
}
