import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { router } from './app/router.tsx'
import { CONTENT_UPDATE_EVENT } from './shared/data-version.ts'
import { queryClient } from './lib/query-client.ts'
import './app/styles.css'

// In `vite dev`, the content plugin announces edited story files; refetch them in place.
import.meta.hot?.on(CONTENT_UPDATE_EVENT, () => void queryClient.invalidateQueries({ queryKey: ['content'] }))

// The service worker (offline reading, new editions) registers after the first screen, off its critical path.
if (import.meta.env.PROD && 'serviceWorker' in navigator) void import('./features/offline/register.ts')

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
