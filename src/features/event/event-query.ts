import { queryOptions } from '@tanstack/react-query'
import type { NewsEvent } from '../../content/types.ts'
import { fetchPageData } from '../../lib/data.ts'
import { eventPage } from '../../content/paths.ts'

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: ['content', 'event', id],
    queryFn: ({ signal }) => fetchPageData<NewsEvent>(eventPage(id), signal),
  })
