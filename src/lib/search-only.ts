import type { ShouldRevalidateFunctionArgs } from 'react-router'

/**
 * The list's and the timeline's loaders fetch the same data whatever the query string:
 * a filter change must not re-run them (and hold the old view while they do).
 */
export function skipRevalidationOnSearch({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  return currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate
}
