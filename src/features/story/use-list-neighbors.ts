import { useMemo } from 'react'
import type { IndexRow } from '../../content/types.ts'
import { selectRows } from '../../filters/select-stories.ts'
import { storyKey } from '../../shared/story-key.ts'
import { parseFilters } from '../../filters/url-state.ts'
import { useUnreadOnly } from '../../lib/use-reader-memory.ts'
import { topicNeed } from '../../filters/filters.ts'
import { useRowAt, useStoryIndex } from '../../lib/use-story-index.ts'

/** What a story link from the list carries: the list's query, so the story can step through that list. */
export interface FromList {
  list: string
}

export function fromList(state: unknown): string | undefined {
  const list = (state as Partial<FromList> | null)?.list
  return typeof list === 'string' ? list : undefined
}

/**
 * The stories before and after this one in the list the reader came from (its filters, its
 * order), or null when there is none to follow: opened fresh, from a search (its order is
 * the engine's), or from the grouped list. Fetches the story columns and keys, then the one
 * or two row pages of the neighbours.
 */
export function useListNeighbors(id: string, list: string | undefined): { previous?: IndexRow; next?: IndexRow } | null {
  const filters = useMemo(() => (list === undefined ? undefined : parseFilters(new URLSearchParams(list))), [list])
  const usable = !!filters && !filters.q && !filters.groupByEvent
  const { manifest, index } = useStoryIndex(usable, filters && topicNeed(filters))
  // The keys find this story's position, and serve "Unread only".
  const { unread, keys } = useUnreadOnly(usable)
  const around = useMemo(() => {
    if (!usable || !manifest || !index || !keys || !unread) return undefined
    const at = keys.indexOf(storyKey(id))
    // "Unread only" still steps from this story, which opening it marked read.
    const positions = [...selectRows(index, filters)].filter((p) => !filters.unread || p === at || unread(p))
    const i = positions.indexOf(at)
    return i < 0 ? null : { previous: positions[i - 1], next: positions[i + 1] }
  }, [usable, manifest, index, keys, unread, id, filters])
  const pageSize = manifest?.pageSize ?? 1
  const previous = useRowAt(around?.previous, pageSize).row
  const next = useRowAt(around?.next, pageSize).row
  if (!usable || around === null) return null
  return { previous, next }
}
