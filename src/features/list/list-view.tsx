import type { ReactNode } from 'react'
import { FilterBar } from '../../components/filter-bar.tsx'
import { LoadError } from '../../components/load-error.tsx'
import { hasActiveFilters, withoutFilters, type Filters } from '../../lib/url-state.ts'
import { useFilters } from '../../lib/use-filters.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { outletFeedFolder } from '../../content/paths.ts'
import { filterSummary } from '../../lib/filter-summary.ts'

interface Props {
  noun: 'stories' | 'events'
  /** How many match; undefined until known. */
  shown: number | undefined
  total: number
  /** Everything the count depends on is in. */
  loaded: boolean
  facet: Map<string, number> | undefined
  topicFacet?: { name: string; count: number }[]
  onProvidersOpen?: () => void
  onTopicsOpen?: () => void
  /** Marks every story the list shows (all of them, not only those on screen) as read. */
  onMarkAllRead?: () => Promise<void> | void
  error: Error | null
  onRetry: () => void
  /** The rows. */
  children: ReactNode
}

/** The list's frame, grouped or not: heading, filters, count, errors, the empty state, the rows. */
export function ListView({ noun, shown, total, loaded, facet, topicFacet, onProvidersOpen, onTopicsOpen, onMarkAllRead, error, onRetry, children }: Props) {
  const { filters, update, clear } = useFilters()
  const { byDomain } = useProviders()
  const providerName = (d: string) => byDomain.get(d)?.name ?? d
  const filtered = hasActiveFilters(filters)
  const searching = !!filters.q
  return (
    <section aria-labelledby="list-title" className="list-view">
      <h1 id="list-title">{noun === 'events' ? 'Events' : 'Stories'}</h1>
      <FilterBar filters={filters} update={update} facet={facet} topicFacet={topicFacet} onProvidersOpen={onProvidersOpen} onTopicsOpen={onTopicsOpen} />
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {shown === undefined ? '' : filtered ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}` : `${total.toLocaleString()} ${noun}`}
          {!loaded && !error && (shown === undefined ? 'Loading…' : ' (loading…)')}
        </p>
        {filters.providers.length === 1 && <SubscribeLink domain={filters.providers[0]} />}
        {onMarkAllRead && !!shown && (
          <button type="button" className="link-button" onClick={() => void onMarkAllRead()}>
            Mark all as read
          </button>
        )}
        {filtered && shown !== 0 && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {error && <LoadError what={searching ? 'the search' : `some of the ${noun}`} error={error} onRetry={onRetry} />}
      {shown === 0 && loaded ? (
        <div className="empty">
          <p>{searching ? `Nothing matches “${filters.q}”${hasOtherFilters(filters) ? ' with these filters' : ''}.` : `No ${noun} match these filters.`}</p>
          {hasOtherFilters(filters) && <p className="meta">{filterSummary(filters, (d) => providerName(d)).map(([label]) => label).join(' · ')}</p>}
          {searching && hasOtherFilters(filters) && (
            <button type="button" onClick={() => update(withoutFilters(filters))}>
              Search without the filters
            </button>
          )}{' '}
          <button type="button" onClick={clear}>
            {searching ? 'Clear the search and filters' : 'Clear filters'}
          </button>
        </div>
      ) : (
        children
      )}
      {/* Nothing to move through or open: no keys to offer. */}
      {shown !== 0 && (
        <p className="keys-hint meta">
          Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>Enter</kbd> opens, <kbd>Esc</kbd> comes back, <kbd>s</kbd> saves, <kbd>/</kbd> searches, <kbd>?</kbd> lists them all.
        </p>
      )}
    </section>
  )
}

/** The outlet's feed, for a feed reader (the build writes one per outlet). */
function SubscribeLink({ domain }: { domain: string }) {
  const { byDomain } = useProviders()
  const outlet = byDomain.get(domain)
  if (!outlet) return null
  return (
    <a className="subscribe" href={`${import.meta.env.BASE_URL}${outletFeedFolder(domain)}feed.xml`} type="application/atom+xml">
      Subscribe to {outlet.name}
    </a>
  )
}

function hasOtherFilters(f: Filters): boolean {
  return hasActiveFilters({ ...f, q: undefined })
}
