import { Worker } from 'node:worker_threads'
import type { FileResult } from './file-result.ts'
import type { SourceFile } from './read.ts'

/** Below this many files a worker's start-up costs more than it saves. */
export const READ_OFF_THREAD_MIN = 10_000

/**
 * Reads `sources` in a worker thread while the caller reads others: parsing YAML is most
 * of a build's reading, and two threads on this machine's two cores read 100,000 files in
 * 22.4–22.9 s against 30.3–32.4 s for one (docs/benchmarks.md). `onRead` hears the worker's
 * count as it goes. The worker loads this folder's TypeScript through tsx, as the grouping's
 * does; null when it cannot start or fails, and the caller reads these files itself.
 */
export function readOffThread(sources: readonly SourceFile[], concurrency: number, onRead: (read: number) => void): Promise<FileResult[] | null> {
  let worker: Worker
  try {
    const entry = new URL('./read-worker.ts', import.meta.url).href
    const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry)})`
    worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { sources, concurrency } })
  } catch {
    return Promise.resolve(null)
  }
  return new Promise((resolve) => {
    let done = false
    worker.on('message', (message: { read: number } | { results: FileResult[] }) => {
      if ('read' in message) return onRead(message.read)
      done = true
      resolve(message.results)
      // Its heap is dropped without waiting for it to wind down.
      void worker.terminate()
    })
    worker.once('error', () => {})
    worker.once('exit', () => done || resolve(null))
  })
}
