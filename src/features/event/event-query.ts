import { queryOptions } from '@tanstack/react-query'
import type { NewsEvent } from '../../content/types.ts'
import { fetchData } from '../../lib/data.ts'

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: ['content', 'event', id],
    queryFn: ({ signal }) => fetchData<NewsEvent>(`event/${encodeURIComponent(id)}.json`, signal),
  })
