import { QueryClient } from '@tanstack/react-query'
import { NotFoundError } from './data.ts'
import { isOfflineError } from './offline.ts'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Data files are immutable per build (their folder is the content hash).
      staleTime: Infinity,
      gcTime: 30 * 60 * 1000,
      // Always ask: offline, the service worker's cache answers what this device has read,
      // and what it has not fails at once with "offline" rather than waiting to be online.
      networkMode: 'always',
      retry: (count, error) => !(error instanceof NotFoundError) && !isOfflineError(error) && count < 2,
    },
  },
})
