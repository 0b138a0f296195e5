import { useMemo } from 'react'
import { FilterBar } from '../../components/filter-bar.tsx'
import { LoadError } from '../../components/load-error.tsx'
import { ensureFirstScreen } from '../../lib/content-queries.ts'
import { matcher, providerFacet, sortRows } from '../../lib/filters.ts'
import { queryClient } from '../../lib/query-client.ts'
import { hasActiveFilters } from '../../lib/url-state.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'
import { useFilters } from '../../lib/use-filters.ts'
import { useExcerpts, useIndexRows, useProviders } from '../../lib/use-index-rows.ts'
import { StoryList } from './story-list.tsx'

export async function loader() {
  await ensureFirstScreen(queryClient)
  return null
}

export { skipRevalidationOnSearch as shouldRevalidate } from '../../lib/search-only.ts'

export function Component() {
  useDocumentTitle(undefined)
  const { filters, update, clear } = useFilters()
  const { manifest, rows, complete, error, retry } = useIndexRows()
  const providers = useProviders()
  const { excerpts, loading: searching } = useExcerpts(!!filters.q)
  const visible = useMemo(() => {
    const matching = rows.filter(matcher(filters, { excerpts }))
    // Rows arrive newest first: only other orders need a sort.
    return filters.sort === 'newest' ? matching : sortRows(matching, filters.sort)
  }, [rows, filters, excerpts])
  const facet = useMemo(() => providerFacet(rows, filters, excerpts), [rows, filters, excerpts])
  if (!manifest) return null

  const filtered = hasActiveFilters(filters)
  return (
    <section aria-labelledby="list-title" className="list-view">
      <h1 id="list-title">Stories</h1>
      <FilterBar manifest={manifest} providers={providers.list} filters={filters} facet={facet} update={update} />
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {filtered || !complete
            ? `${visible.length.toLocaleString()} of ${manifest.storyCount.toLocaleString()} stories`
            : `${manifest.storyCount.toLocaleString()} stories`}
          {(!complete || searching) && !error && ' (loading…)'}
        </p>
        {filtered && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {error && <LoadError what="some of the stories" error={error} onRetry={retry} />}
      {visible.length === 0 && complete ? (
        <div className="empty">
          <p>No stories match these filters.</p>
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        </div>
      ) : (
        <StoryList rows={visible} providers={providers.byDomain} />
      )}
      <p className="keys-hint meta">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> comes back.
      </p>
    </section>
  )
}
