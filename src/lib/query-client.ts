import { QueryClient } from '@tanstack/react-query'
import { NotFoundError } from './data.ts'

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Data files are immutable per build (their folder is the content hash).
      staleTime: Infinity,
      gcTime: 30 * 60 * 1000,
      retry: (count, error) => !(error instanceof NotFoundError) && count < 2,
    },
  },
})
