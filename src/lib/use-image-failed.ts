import { useReducer } from 'react'

/**
 * Image URLs that failed to load in this page. A virtualized row unmounts as it scrolls away
 * and the plain first rows are replaced once the list is virtualized: a failure kept in the
 * component alone would be forgotten, and the new row would shade its box as "loading" and
 * ask for the same dead image again.
 */
const failedUrls = new Set<string>()

/** Whether `url` failed to load in this page, and the handler to give its `<img onError>`. */
export function useImageFailed(url: string | undefined): [failed: boolean, onError: () => void] {
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const failed = url !== undefined && failedUrls.has(url)
  const onError = () => {
    if (url === undefined) return
    failedUrls.add(url)
    rerender()
  }
  return [failed, onError]
}
