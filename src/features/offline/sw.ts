/// <reference lib="webworker" />
// The service worker (built by vite-plugin-pwa's injectManifest into `sw.js`): the app
// shell is precached, so every route opens offline; the data of this build's edition
// (`data/<version>/`, immutable) is cached the first time it is fetched, and so is each
// story's and event's HTML entry the app fetched for its data: every list page, story,
// event and search the reader has seen opens offline too.
import { ExpirationPlugin } from 'workbox-expiration'
import { addPlugins, cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'
import { CacheFirst, NetworkFirst } from 'workbox-strategies'
import { storable } from './storable.ts'

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> }

const BASE = import.meta.env.BASE_URL
/** Enough for a long reading session at 50 rows a page; the oldest go first. */
const DATA_CACHE_ENTRIES = 4000

addPlugins([storable({ html: true })])
precacheAndRoute(self.__WB_MANIFEST)
cleanupOutdatedCaches()

// Every page of the app is the same shell; the shell names its edition's data folder.
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

// A story's or event's entry, fetched by the app for the data inside it (never a
// navigation: those get the shell): the network's while online, so it stays this edition's;
// the last one seen offline.
const entry = new RegExp(`^${BASE}(story|event)/[^/]+/index\\.html$`)
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && request.mode !== 'navigate' && entry.test(url.pathname) && request.method === 'GET',
  new NetworkFirst({
    cacheName: 'reader-pages',
    plugins: [storable({ html: true }), new ExpirationPlugin({ maxEntries: DATA_CACHE_ENTRIES, purgeOnQuotaError: true })],
  }),
)

// The page offers the new edition; the reader's "Reload" sends this (workbox-window's messageSkipWaiting).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting()
})

// The first install takes the open page at once, so what it fetches next is cached.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))
