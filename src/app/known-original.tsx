import { OriginalLink } from '../components/original-link.tsx'
import { knownRow } from './known-row.ts'

/**
 * The outlet's link for a story this tab or device already knows (from a row page it
 * showed, or saved); nothing otherwise. A module of its own, loaded by the error views
 * only: the first screen does not carry it.
 */
export default function KnownOriginal({ id }: { id: string }) {
  return <OriginalLink row={knownRow(id)} />
}
