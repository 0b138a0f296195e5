import { data } from 'react-router'
import type { FetchQueryOptions, QueryKey } from '@tanstack/react-query'
import { NotFoundError } from './data.ts'
import { queryClient } from './query-client.ts'

/** A route loader's fetch: warms the cache, and turns a missing file into a 404 the route's error view shows as not-found. */
export async function loadOr404<T, K extends QueryKey>(options: FetchQueryOptions<T, Error, T, K>, what: 'story' | 'event'): Promise<null> {
  try {
    await queryClient.ensureQueryData(options)
  } catch (error) {
    if (error instanceof NotFoundError) throw data(what, { status: 404 })
    throw error
  }
  return null
}
