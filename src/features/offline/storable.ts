import type { WorkboxPlugin } from 'workbox-core'

/**
 * Responses are stored without their `Vary` header. `vite preview` (and CORS-minded hosts)
 * answer `Vary: Origin`; a module script's request carries an Origin and the install-time
 * fetch does not, so a lookup that honours Vary missed the route chunks and an offline
 * page could not load its route. Only whole, successful responses are stored.
 */
export function storable(options: { html: boolean }): WorkboxPlugin {
  return {
    cacheWillUpdate: async ({ response }) => {
      if (response.status !== 200) return null
      // A host that answers a missing data file with its index.html must not poison the cache.
      if (!options.html && response.headers.get('content-type')?.includes('text/html')) return null
      if (!response.headers.has('Vary')) return response
      const headers = new Headers(response.headers)
      headers.delete('Vary')
      return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers })
    },
  }
}
