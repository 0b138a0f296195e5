import { Link } from 'react-router'
import { indexChunkQuery, manifestQuery } from '../../lib/content-queries.ts'
import { formatDateTime } from '../../lib/format.ts'
import { queryClient } from '../../lib/query-client.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useIndexRows } from '../../lib/use-index-rows.ts'

export async function loader() {
  const manifest = await queryClient.ensureQueryData(manifestQuery())
  if (manifest.chunks[0]) await queryClient.ensureQueryData(indexChunkQuery(manifest.chunks[0].file))
  return null
}

export function Component() {
  useDocumentTitle(undefined)
  const { manifest, rows, error, retry } = useIndexRows()
  const providerName = new Map(manifest?.providers.map((p) => [p.domain, p.name]))
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">Stories</h1>
      <p className="count">{manifest?.storyCount ?? 0} stories</p>
      {error && (
        <p role="alert">
          Some stories could not be loaded. <button type="button" onClick={retry}>Retry</button>
        </p>
      )}
      <ol className="story-list">
        {rows.map((row) => (
          <li key={row.id}>
            <Link to={`/story/${row.id}`}>{row.title}</Link>
            <span className="meta">
              {providerName.get(row.provider) ?? row.provider} ·{' '}
              <time dateTime={row.publishedDateTime}>{formatDateTime(row.publishedDateTime)}</time> · quality{' '}
              {row.quality}
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
