// Registers the service worker (loaded after the first screen, never before it). A new
// edition is offered, not forced: the tab keeps reading the edition it opened until the
// reader chooses to reload, so data versions never mix.
import { registerSW } from 'virtual:pwa-register'
import { dataBase } from '../../lib/data.ts'
import { offerNewEdition, setEditionCheck } from '../../lib/offline.ts'

const CHECK_EVERY_MS = 30 * 60 * 1000

const update = registerSW({
  onNeedRefresh: () => offerNewEdition(switchEdition),
  // registerSW reloads by itself only for an update found as the page loaded, not for one
  // found later in the same visit (an "external" worker): switchEdition reloads for both.
  onNeedReload: () => {},
  onOfflineReady: cacheWhatWasLoaded,
  onRegisteredSW(_url, registration) {
    if (!registration) return
    // A tab left open learns of a deploy when the reader comes back to it, comes back
    // online, every half hour, or meets a data file that is gone.
    const check = () => void registration.update().catch(() => {})
    setEditionCheck(check)
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && check())
    window.addEventListener('online', check)
    setInterval(check, CHECK_EVERY_MS)
  },
})

/** The reader asked for the new edition: let the waiting worker take over, then reload under it. */
function switchEdition() {
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true })
  void update()
}

/**
 * The first visit fetched its data before the service worker existed: hand those URLs to
 * it (Workbox's CACHE_URLS message), so the first page read also opens offline.
 */
async function cacheWhatWasLoaded() {
  const prefix = new URL(dataBase, location.href).href
  const urlsToCache = performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(prefix))
  const registration = await navigator.serviceWorker.ready
  registration.active?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } })
}
