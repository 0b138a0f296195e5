import type { Chip } from '../../filters/descriptors.ts'
import type { Filters } from '../../filters/filters.ts'

/** The filters set, in words ("Outlet: Gizmodo"), as chips that remove them. */
export function FilterChips({ chips, onRemove }: { chips: Chip[]; onRemove: (without: Partial<Filters>) => void }) {
  if (chips.length === 0) return null
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map(([label, without]) => (
        <li key={label}>
          <button type="button" aria-label={`Remove ${label}`} onClick={() => onRemove(without)}>
            {label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
