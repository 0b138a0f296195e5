import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { ProviderList } from '../../content/types.ts'
import { ProviderBadge } from '../provider-badge.tsx'

const PROVIDERS_SHOWN = 60

/** What the outlet filter holds, named: "(all)", "(Gizmodo)", "(Gizmodo +2)". */
function pickedNames(selected: string[], providers: ProviderList): string {
  if (selected.length === 0) return '(all)'
  const first = providers.find((p) => p.domain === selected[0])?.name ?? selected[0]
  return selected.length === 1 ? `(${first})` : `(${first} +${selected.length - 1})`
}

export function ProviderPicker({
  providers = [],
  selected,
  facet,
  onChange,
}: {
  providers: ProviderList | undefined
  selected: string[]
  facet: Map<string, number> | undefined
  onChange: (providers: string[]) => void
}) {
  const id = useId()
  const [narrow, setNarrow] = useState('')
  const chosen = useMemo(() => new Set(selected), [selected])
  const shown = useMemo(() => {
    const needle = narrow.trim().toLowerCase()
    return providers
      .filter((p) => chosen.has(p.domain) || !needle || p.name.toLowerCase().includes(needle) || p.domain.includes(needle))
      .sort((a, b) => Number(chosen.has(b.domain)) - Number(chosen.has(a.domain)) || (facet?.get(b.domain) ?? 0) - (facet?.get(a.domain) ?? 0))
      .slice(0, PROVIDERS_SHOWN)
  }, [providers, narrow, facet, chosen])
  const toggle = (domain: string, on: boolean) => onChange(on ? [...selected, domain] : selected.filter((d) => d !== domain))
  const picker = useRef<HTMLDetailsElement>(null)
  const [open, setOpen] = useState(false)
  // A click or tap anywhere else closes it, as a menu does; choosing inside keeps it open (several outlets at once).
  useEffect(() => {
    if (!open) return
    const onPointer = (event: PointerEvent) => {
      if (picker.current && !picker.current.contains(event.target as Node)) picker.current.open = false
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [open])
  // Escape closes it and gives the focus back to its button (and goes no further: not "back").
  const onKeyDown = (event: React.KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return
    event.preventDefault()
    event.currentTarget.open = false
    event.currentTarget.querySelector('summary')?.focus()
  }

  return (
    <details
      ref={picker}
      className="field provider-picker"
      onKeyDown={onKeyDown}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        <span id={`${id}-label`}>Outlet</span>
        <span className="meta"> {pickedNames(selected, providers)}</span>
      </summary>
      <div className="provider-panel" role="group" aria-labelledby={`${id}-label`}>
        {providers.length > 12 && (
          <input type="search" aria-label="Find an outlet" placeholder="Find an outlet" value={narrow} onChange={(e) => setNarrow(e.target.value)} />
        )}
        <ul>
          {shown.map((p) => (
            <li key={p.domain}>
              <label className="check">
                <input type="checkbox" checked={chosen.has(p.domain)} onChange={(e) => toggle(p.domain, e.target.checked)} />
                <ProviderBadge name={p.name} domain={p.domain} logo={p.logo} />
                <span>{p.name}</span>
                {facet && <span className="meta">({facet.get(p.domain) ?? 0})</span>}
              </label>
            </li>
          ))}
        </ul>
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            All outlets
          </button>
        )}
      </div>
    </details>
  )
}
