import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { updateEvent } from 'virtual:reader-content'
import { router } from './app/router.tsx'
import { queryClient } from './lib/query-client.ts'
import './app/styles.css'

// In `vite dev`, the content plugin announces edited story files; refetch them in place.
import.meta.hot?.on(updateEvent, () => void queryClient.invalidateQueries({ queryKey: ['content'] }))

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
