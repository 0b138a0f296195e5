import { useSyncExternalStore } from 'react'
import { readKeys, savedStories, subscribeMemory } from './reader-memory.ts'
import { storyKey } from './story-key.ts'

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
