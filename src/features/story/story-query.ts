import { queryOptions } from '@tanstack/react-query'
import { fetchData } from '../../lib/data.ts'
import type { Story } from '../../content/types.ts'

export const storyQuery = (id: string) =>
  queryOptions({
    queryKey: ['content', 'story', id],
    queryFn: ({ signal }) => fetchData<Story>(`story/${encodeURIComponent(id)}.json`, signal),
  })
