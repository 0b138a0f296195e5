import type { IndexRow } from '../content/types.ts'
import { queryClient } from '../lib/query-client.ts'
import { savedStories } from '../lib/reader-memory.ts'

/**
 * A story's list row if this tab already holds it (a row page it showed) or this device
 * saved it: what a story page that cannot load still knows, such as where to read it.
 */
export function knownRow(id: string): IndexRow | undefined {
  for (const [, rows] of queryClient.getQueriesData<IndexRow[]>({ queryKey: ['content', 'rows'] })) {
    const row = rows?.find((r) => r.id === id)
    if (row) return row
  }
  return savedStories().find((s) => s.row.id === id)?.row
}
