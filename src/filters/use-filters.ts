import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { defaultSort, type Filters } from './filters.ts'
import { withoutFilters } from './summary.ts'
import { filtersToParams, parseFilters } from './url-state.ts'

/**
 * The view's filters, read from and written to the URL query. Each change is a history
 * entry (back undoes it), except typing in the search box, which replaces the current one.
 */
export function useFilters() {
  const [params, setParams] = useSearchParams()
  const filters = useMemo(() => parseFilters(params), [params])
  const update = useCallback(
    (patch: Partial<Filters>, options: { replace?: boolean } = {}) =>
      setParams((current) => filtersToParams(patched(parseFilters(current), patch)), {
        replace: options.replace,
        preventScrollReset: true,
        // A controlled checkbox or select must show its new value at once, not after a
        // deferred router update (it would flicker back meanwhile).
        flushSync: true,
      }),
    [setParams],
  )
  const clear = useCallback(
    () =>
      setParams(filtersToParams(withoutFilters({ ...filters, q: undefined })), {
        preventScrollReset: true,
        flushSync: true,
      }),
    [setParams, filters],
  )
  return { filters, update, clear }
}

/** A query starts ranked by relevance, and its end goes back to newest first, unless an order was chosen. */
export function patched(current: Filters, patch: Partial<Filters>): Filters {
  const next = { ...current, ...patch }
  const wasDefault = current.sort === defaultSort(current.q, current.groupByEvent)
  if (!('sort' in patch) && wasDefault) next.sort = defaultSort(next.q, next.groupByEvent)
  return next
}
