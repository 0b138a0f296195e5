import { FILTERS } from './descriptors.ts'
import { DEFAULT_FILTERS, defaultSort, readQuery, sortFor, type Filters, type Sort } from './filters.ts'

// The view lives in the URL query, so a reload, back and forward, and a shared link
// reproduce it. Malformed values are ignored, never fatal.

export function parseFilters(params: URLSearchParams): Filters {
  const q = readQuery(params)
  const groupByEvent = params.get('group') === 'event'
  return Object.assign({ ...DEFAULT_FILTERS }, ...FILTERS.map((d) => d.read(params)), {
    ...(q ? { q } : {}),
    sort: sortFor(params.get('sort') as Sort, q, groupByEvent),
    related: !['0', 'false'].includes(params.get('related') ?? ''),
    groupByEvent,
  })
}

/** The canonical query for `filters`: defaults omitted, a stable order, so equal views share one URL. */
export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams(FILTERS.flatMap((d) => d.write(filters)))
  if (filters.q) params.set('q', filters.q)
  const sort = sortFor(filters.sort, filters.q, filters.groupByEvent)
  if (sort !== defaultSort(filters.q, filters.groupByEvent)) params.set('sort', sort)
  if (!filters.related) params.set('related', '0')
  if (filters.groupByEvent) params.set('group', 'event')
  return params
}
