import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { plural } from '../../content/coverage.ts'
import type { OutletStanding } from '../../content/types.ts'
import { outletsQuery } from '../../lib/content-queries.ts'
import { formatLag } from '../../lib/format.ts'
import { queryClient } from '../../lib/query-client.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { outletPath } from '../../content/paths.ts'

export async function loader() {
  await queryClient.ensureQueryData(outletsQuery())
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

const SORTS = {
  events: { label: 'Events covered', compare: (a: OutletStanding, b: OutletStanding) => b.events - a.events },
  first: { label: 'Reported first', compare: (a: OutletStanding, b: OutletStanding) => b.first - a.first || b.events - a.events },
  lag: { label: 'Fastest to follow', compare: (a: OutletStanding, b: OutletStanding) => (a.medianLagMs ?? Infinity) - (b.medianLagMs ?? Infinity) || b.events - a.events },
  stories: { label: 'Stories', compare: (a: OutletStanding, b: OutletStanding) => b.stories - a.stories },
  name: { label: 'Name', compare: (a: OutletStanding, b: OutletStanding) => a.name.localeCompare(b.name) },
} as const
type SortKey = keyof typeof SORTS
/** Rows shown before "Show all": a corpus can have thousands of outlets. */
const FIRST_ROWS = 100

/** Every outlet: its stories, the events of two outlets or more it covered, how often it was first, and how long it took otherwise. */
export function Component() {
  useDocumentTitle('Outlets')
  const { data: outlets } = useQuery(outletsQuery())
  const [params, setParams] = useSearchParams()
  const sort: SortKey = (params.get('sort') as SortKey) in SORTS ? (params.get('sort') as SortKey) : 'events'
  const [all, setAll] = useState(false)
  const sorted = useMemo(() => [...(outlets ?? [])].sort((a, b) => SORTS[sort].compare(a, b) || a.domain.localeCompare(b.domain)), [outlets, sort])
  if (!outlets) return null
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS)
  return (
    <section className="outlets-view" aria-labelledby="outlets-title">
      <h1 id="outlets-title">Outlets</h1>
      <p className="meta">
        The events two outlets or more reported: how many each outlet covered, how often it was first, and its median lag after the first report when it was not.
      </p>
      <div className="result-bar">
        <p className="count">{plural(outlets.length, 'outlet')}</p>
        <div className="field">
          <label htmlFor="outlets-sort">Sort</label>
          <select id="outlets-sort" value={sort} onChange={(e) => setParams(e.target.value === 'events' ? {} : { sort: e.target.value }, { replace: true })}>
            {Object.entries(SORTS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <table className="outlets-table">
        <caption className="visually-hidden">Outlets, sorted by {SORTS[sort].label.toLowerCase()}</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col">Events</th>
            <th scope="col">First</th>
            <th scope="col">
              Lag<span className="visually-hidden">, the median after the first report</span>
            </th>
            <th scope="col">Stories</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((o) => (
            <tr key={o.domain}>
              <th scope="row">
                {o.stories ? <Link to={outletPath(o.domain)}>{o.name}</Link> : o.name}
                <span className="meta outlet-domain">{o.domain}</span>
              </th>
              <td>{o.events}</td>
              <td>{o.first}</td>
              <td>{o.medianLagMs === undefined ? '–' : formatLag(o.medianLagMs)}</td>
              <td>{o.stories}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!all && sorted.length > FIRST_ROWS && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {plural(sorted.length, 'outlet')}
        </button>
      )}
    </section>
  )
}
