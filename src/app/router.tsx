import { createBrowserRouter } from 'react-router'
import { Layout } from './layout.tsx'
import { Loading } from './loading.tsx'
import { NotFound, RouteError } from './route-error.tsx'

// Every route of the app, in one place. Feature routes load lazily, so the first
// screen downloads only the code of the route it shows.
export const router = createBrowserRouter(
  [
    {
      path: '/',
      Component: Layout,
      ErrorBoundary: RouteError,
      HydrateFallback: Loading,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: () => import('../features/list/list-route.tsx') },
            { path: 'story/:id', lazy: () => import('../features/story/story-route.tsx') },
            { path: 'event/:id', lazy: () => import('../features/event/event-route.tsx') },
            { path: 'timeline', lazy: () => import('../features/timeline/timeline-route.tsx') },
            { path: 'saved', lazy: () => import('../features/saved/saved-route.tsx') },
            { path: 'outlets', lazy: () => import('../features/outlets/outlets-route.tsx') },
            { path: '*', Component: NotFound },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' },
)
