import { ProviderBadge } from '../../components/provider-badge.tsx'
import type { EventArticle } from '../../content/types.ts'

/** One toggle per outlet, in the order they reported: narrows the event to the chosen ones. */
export function OutletChips({ articles, selected, onChange }: { articles: EventArticle[]; selected: string[]; onChange: (domains: string[]) => void }) {
  const outlets = new Map<string, EventArticle['provider']>()
  for (const a of articles) if (!outlets.has(a.provider.domain)) outlets.set(a.provider.domain, a.provider)
  if (outlets.size < 2) return null
  const chosen = new Set(selected)
  return (
    <div className="outlet-chips" role="group" aria-label="Show only these outlets">
      {[...outlets.values()].map((o) => (
        <button
          key={o.domain}
          type="button"
          className="chip"
          aria-pressed={chosen.has(o.domain)}
          onClick={() => onChange(chosen.has(o.domain) ? selected.filter((d) => d !== o.domain) : [...selected, o.domain])}
        >
          <ProviderBadge name={o.name} domain={o.domain} logo={o.logo} />
          {o.name}
        </button>
      ))}
      {selected.length > 0 && (
        <button type="button" className="link-button" onClick={() => onChange([])}>
          All outlets
        </button>
      )}
    </div>
  )
}
