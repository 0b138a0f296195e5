import { Worker } from 'node:worker_threads'
import { clusterArticles, type ClusterItem, type ClusterOptions } from './cluster.ts'

/** Below this many articles a worker's start-up costs more than it saves. */
const OFF_THREAD_MIN = 50_000

/**
 * `clusterArticles` in a worker thread for a large corpus. The build holds the whole corpus
 * in memory, and every garbage collection the grouping triggers there marks all of it; in a
 * worker with its own small heap the same work took a third less time at 100,000 stories.
 * The worker loads this folder's TypeScript through tsx (a dev dependency, as Vite is); where
 * that cannot start, the grouping runs here instead, with the same result.
 */
export async function clusterOffThread(items: readonly ClusterItem[], options?: ClusterOptions, minItems = OFF_THREAD_MIN): Promise<Int32Array> {
  if (items.length < minItems) return clusterArticles(items, options)
  let worker: Worker
  try {
    const entry = new URL('./cluster-worker.ts', import.meta.url).href
    const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry)})`
    worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { items, options } })
  } catch {
    return clusterArticles(items, options)
  }
  return new Promise((resolve) => {
    let labels: Int32Array | undefined
    worker.once('message', (result: Int32Array) => (labels = result))
    // A failed worker also exits: the fallback runs there, once (after an error and an exit alike).
    worker.once('error', () => {})
    worker.once('exit', () => resolve(labels ?? clusterArticles(items, options)))
  })
}
