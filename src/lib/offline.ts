// What the page knows about the network and the edition it reads: whether the browser is
// online, and whether a newer edition of the site is ready (the service worker found one).
// Plain stores for useSyncExternalStore (no React here: the lazily loaded service-worker
// module imports this, and must not pull React into a chunk of its own).

type Listener = () => void

function store<T>(initial: T) {
  let value = initial
  const listeners = new Set<Listener>()
  return {
    get: () => value,
    set(next: T) {
      value = next
      for (const l of listeners) l()
    },
    subscribe(l: Listener) {
      listeners.add(l)
      return () => void listeners.delete(l)
    },
  }
}

/** Set when a newer edition is installed and waiting: calling it switches to it and reloads. */
const newEdition = store<(() => void) | null>(null)
/** Asks the server whether a newer edition exists (set once the service worker registers). */
let checkEdition: () => void = () => {}

export const offerNewEdition = (apply: () => void) => newEdition.set(apply)
export const setEditionCheck = (check: () => void) => void (checkEdition = check)
export const checkForNewEdition = () => checkEdition()

export const subscribeNewEdition = newEdition.subscribe
export const getNewEdition = newEdition.get

export function subscribeOnline(l: Listener) {
  window.addEventListener('online', l)
  window.addEventListener('offline', l)
  return () => {
    window.removeEventListener('online', l)
    window.removeEventListener('offline', l)
  }
}

/**
 * A fetch that failed because there is no network (the browser says offline, or fetch
 * itself rejected), as opposed to a file that is missing or broken.
 */
export function isOfflineError(error: unknown): boolean {
  return !navigator.onLine || (error instanceof TypeError && /fetch|network/i.test(error.message))
}
