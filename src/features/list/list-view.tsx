import type { ReactNode } from 'react'
import { FilterBar, type FilterBarProps } from '../../components/filter-bar/filter-bar.tsx'
import { SORT_LABELS } from '../../components/filter-bar/sort-select.tsx'
import { defaultSort } from '../../filters/filters.ts'
import { LoadError } from '../../components/load-error.tsx'
import { filterSummary, isFiltered, withoutFilters } from '../../filters/summary.ts'
import { useFilters } from '../../filters/use-filters.ts'
import { useProviders } from '../../lib/use-story-index.ts'
import { outletFeedFolder } from '../../content/paths.ts'

interface Props {
  noun: 'stories' | 'events'
  /** How many match; undefined until known. */
  shown: number | undefined
  total: number
  /** Everything the count depends on is in. */
  loaded: boolean
  /** The filter bar's filters and counts (useFilterBar's, or the events' own). */
  bar: FilterBarProps
  /** Marks every story the list shows (all of them, not only those on screen) as read. */
  onMarkAllRead?: () => Promise<void> | void
  error: Error | null
  onRetry: () => void
  /** The rows. */
  children: ReactNode
}

/** The list's frame, grouped or not: heading, filters, count, errors, the empty state, the rows. */
export function ListView({ noun, shown, total, loaded, bar, onMarkAllRead, error, onRetry, children }: Props) {
  const { filters, update, clear } = useFilters()
  const { byDomain } = useProviders()
  const providerName = (d: string) => byDomain.get(d)?.name ?? d
  const filtered = isFiltered(filters)
  // A search is counted as "n of all" and cleared with the filters.
  const narrowed = filtered || !!filters.q
  const searching = !!filters.q
  return (
    <section aria-labelledby="list-title" className="list-view">
      <h1 id="list-title">{noun === 'events' ? 'Events' : 'Stories'}</h1>
      <FilterBar {...bar} />
      <div className="result-bar">
        <p className="count" aria-live="polite">
          {shown === undefined ? '' : narrowed ? `${shown.toLocaleString()} of ${total.toLocaleString()} ${noun}` : `${total.toLocaleString()} ${noun}`}
          {!loaded && !error && (shown === undefined ? 'Loading…' : ' (loading…)')}
          {/* The order in force, when it is not the view's own: the Sort field may be folded away. */}
          {shown !== undefined && filters.sort !== defaultSort(filters.q, filters.groupByEvent) && <span className="sorted"> · sorted: {SORT_LABELS[filters.sort].toLowerCase()}</span>}
        </p>
        {filters.providers.length === 1 && <SubscribeLink domain={filters.providers[0]} />}
        {onMarkAllRead && !!shown && (
          <button type="button" className="link-button" onClick={() => void onMarkAllRead()}>
            Mark all as read
          </button>
        )}
        {narrowed && shown !== 0 && (
          <button type="button" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {error && <LoadError what={searching ? 'the search' : `some of the ${noun}`} error={error} onRetry={onRetry} />}
      {shown === 0 && loaded ? (
        <div className="empty">
          <p>{searching ? `Nothing matches “${filters.q}”${filtered ? ' with these filters' : ''}.` : `No ${noun} match these filters.`}</p>
          {filtered && <p className="meta">{filterSummary(filters, (d) => providerName(d)).map(([label]) => label).join(' · ')}</p>}
          {searching && filtered && (
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
