import { sortFor, type Filters, type Sort } from '../../filters/filters.ts'

export const SORT_LABELS: Record<Sort, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first', quality: 'Quality', heat: 'Heat', coverage: 'Most outlets' }
/** Events have no heat score of their own. */
const EVENT_SORTS: Sort[] = ['newest', 'oldest', 'quality', 'coverage']

/** The orders this view offers: relevance for a search, no heat where it tells nothing. */
export function SortSelect({ id, filters, heatShown, onChange }: { id: string; filters: Filters; heatShown: boolean; onChange: (sort: Sort) => void }) {
  const offered = (Object.keys(SORT_LABELS) as Sort[])
    // Heat is gone where it tells nothing (absent, or equal to quality everywhere).
    .filter((sort) => sort !== 'heat' || heatShown)
    .filter((sort) => (!filters.groupByEvent || EVENT_SORTS.includes(sort)) && sortFor(sort, filters.q, filters.groupByEvent) === sort)
  return (
    <div className="field">
      <label htmlFor={id}>Sort</label>
      <select id={id} value={filters.sort} onChange={(e) => onChange(e.target.value as Sort)}>
        {offered.map((sort) => (
          <option key={sort} value={sort}>
            {SORT_LABELS[sort]}
          </option>
        ))}
      </select>
    </div>
  )
}
