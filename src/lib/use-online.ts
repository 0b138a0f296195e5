import { useSyncExternalStore } from 'react'
import { subscribeOnline } from './offline.ts'

/** Whether the browser says it is online, following its online and offline events. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true)
}
