import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { keysQuery } from './content-queries.ts'
import { readKeys, savedStories, subscribeMemory } from './reader-memory.ts'
import { storyKey } from '../shared/story-key.ts'

/** The keys of the stories read on this device; a new set after every change. */
export function useReadKeys(): ReadonlySet<number> {
  return useSyncExternalStore(subscribeMemory, readKeys, readKeys)
}

export function useIsRead(id: string): boolean {
  const keys = useReadKeys()
  return keys.has(storyKey(id))
}

export function useSavedStories() {
  return useSyncExternalStore(subscribeMemory, savedStories, savedStories)
}

export function useIsSaved(id: string): boolean {
  return useSavedStories().some((s) => s.row.id === id)
}

/**
 * "Unread only": whether the story at a list position is still unread. Null while the
 * filter is off; undefined until the stories' keys (`keys.json`, fetched for this alone)
 * arrive.
 */
export function useUnreadOnly(on: boolean) {
  const read = useReadKeys()
  const keys = useQuery({ ...keysQuery(), enabled: on })
  const unread = useMemo(() => (!on ? null : keys.data ? (position: number) => !read.has(keys.data[position]) : undefined), [on, keys.data, read])
  return { unread, keys: keys.data, error: keys.error, retry: () => void keys.refetch() }
}
