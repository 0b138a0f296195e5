/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa's injectManifest into `sw.js`): the app
// shell is precached, so every route opens offline; the data of this build's edition
// (`data/<version>/`, immutable) is cached the first time it is fetched, and so is each
// story's and event's HTML entry the app fetched for its data: every list page, story,
// event and search the reader has seen opens offline too.
import { ExpirationPlugin } from 'workbox-expiration'
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { storable } from './storable.ts'
import { PAGE_DATA_ID } from '../../shared/page-data.ts'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

const BASE = import.meta.env.BASE_URL
/** Enough for a long reading session at 50 rows a page; the oldest go first. */
const DATA_CACHE_ENTRIES = 4000

addPlugins([storable({ html: true })])
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// A story's or event's page carries its data (its HTML entry), so it is kept whole: the
// network's while online, so it stays this edition's; the last one seen offline. The tab's
// navigation to `story/<id>` and the app's fetch of `story/<id>/index.html` share one entry.
// Offline, a page never seen opens the shell, which says so.
const page = new RegExp(`^${BASE}(story|event)/[^/]+(/|/index\\.html)?$`)
const entryKey = (href: string) => {
  const url = new URL(href)
  url.search = ''
  url.pathname = `${url.pathname.replace(/\/(index\.html)?$/, '')}/index.html`
  return url.href
}
const pages = new NetworkFirst({
  cacheName: 'reader-pages',
  // On a network that hangs, a page kept before opens after 3 s rather than never.
  networkTimeoutSeconds: 3,
  plugins: [
    storable({ html: true }),
    {
      cacheKeyWillBeUsed: async ({ request }) => entryKey(request.url),
      // A host's fallback page (the shell, no data) is not this page.
      cacheWillUpdate: async ({ response }) => ((await response.clone().text()).includes(PAGE_DATA_ID) ? response : null),
      handlerDidError: async ({ request }) => (request.mode === 'navigate' ? matchPrecache('index.html') : undefined),
    },
    new ExpirationPlugin({ maxEntries: DATA_CACHE_ENTRIES, purgeOnQuotaError: true }),
  ],
})
registerRoute(({ url, request }) => url.origin === self.location.origin && page.test(url.pathname) && request.method === 'GET', pages)

// Every other page of the app is the same shell; the shell names its edition's data folder.
// Files that are not pages (feeds, sitemaps, data, the CSV) go to the network.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [new RegExp(`^${BASE}data/`), /\.(xml|json|txt|csv)$/i],
  }),
)

// An edition's data never changes under its version: cache-first, no revalidation. Old
// editions' files age out with the oldest entries.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith(`${BASE}data/`) && request.method === 'GET',
  new CacheFirst({
    cacheName: 'reader-data',
    plugins: [storable({ html: false }), new ExpirationPlugin({ maxEntries: DATA_CACHE_ENTRIES, purgeOnQuotaError: true })],
  }),
)

// The page offers the new edition; the reader's "Reload" sends this (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first install takes the open page at once, so what it fetches next is cached; a story
// or event open then was fetched before the worker came, so it is fetched again and kept.
// Through the pages' own strategy: the same key, the same test for data, the same expiry.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(() => keepOpenPages(event))))

async function keepOpenPages(event: ExtendableEvent) {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    if (!page.test(new URL(client.url).pathname)) continue
    // Offline already: the page stays what it is.
    await pages.handle({ event, request: entryKey(client.url) }).catch(() => undefined)
  }
}
