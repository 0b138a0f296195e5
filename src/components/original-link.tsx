import type { IndexRow } from '../content/types.ts'
import { readAction, safeHttpUrl } from '../shared/urls.ts'

/**
 * Where a story can still be read when this reader cannot show it: the outlet's page, from
 * the story's list row. Nothing without a safe web address (a saved row comes from storage,
 * or from an imported file).
 */
export function OriginalLink({ row }: { row: IndexRow | undefined }) {
  const href = row && safeHttpUrl(row.webUrl)
  if (!row || !href) return null
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {readAction(href, { name: row.providerName, domain: row.provider })}
      <span aria-hidden="true">{'\u00a0↗'}</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
