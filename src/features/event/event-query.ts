import { queryOptions } from '@tanstack/react-query'
import type { NewsEvent } from '../../content/types.ts'
import { fetchData } from '../../lib/data.ts'
import { eventFile } from '../../content/paths.ts'

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: ['content', 'event', id],
    queryFn: ({ signal }) => fetchData<NewsEvent>(eventFile(id), signal),
  })
