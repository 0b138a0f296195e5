import { Worker } from 'node:worker_threads'
import { clusterWithVectors, toColumns, type ClusterItem, type ClusterOptions } from './cluster.ts'
import type { Vectors } from './vectors.ts'

type Clustering = { labels: Int32Array; vectors: Vectors }

/** Below this many articles a worker's start-up costs more than it saves. */
const OFF_THREAD_MIN = 50_000

/**
 * `clusterWithVectors` in a worker thread for a large corpus. The build holds the whole corpus
 * in memory, and every garbage collection the grouping triggers there marks all of it; in a
 * worker with its own small heap the same work took a third less time at 100,000 stories.
 * The worker loads this folder's TypeScript through tsx (a dev dependency, as Vite is); where
 * that cannot start, the grouping runs here instead, with the same result.
 */
export async function clusterOffThread(
  count: number,
  /** The items, made when needed: not held while the worker runs (half a million objects at 100,000 stories). */
  itemsOf: () => readonly ClusterItem[],
  options?: ClusterOptions,
  minItems = OFF_THREAD_MIN,
): Promise<Clustering> {
  const here = () => clusterWithVectors(toColumns(itemsOf()), options)
  if (count < minItems) return here()
  let worker: Worker
  try {
    const entry = new URL('./cluster-worker.ts', import.meta.url).href
    const code = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry)})`
    // The columns are copied to the worker and not kept here: at 100,000 stories their text
    // alone is every article's title and excerpt again, for the whole of the grouping.
    worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: { columns: toColumns(itemsOf()), options } })
  } catch {
    return here()
  }
  return new Promise((resolve) => {
    let result: Clustering | undefined
    worker.once('message', (message: Clustering) => (result = message))
    worker.once('error', () => {})
    // The result is taken once the worker has exited, which it does as soon as it has posted
    // it (in the same 0.1 s at 100,000 stories): its heap, 170 MB of resident memory then, is
    // gone before the layout allocates its own. A failed worker also exits: the fallback runs there.
    worker.once('exit', () => resolve(result ?? here()))
  })
}
