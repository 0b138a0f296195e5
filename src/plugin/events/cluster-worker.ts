// Runs `clusterWithVectors` in a worker thread (see `cluster-off-thread.ts`).
import { parentPort, workerData } from 'node:worker_threads'
import { clusterWithVectors } from './cluster.ts'

const result = clusterWithVectors(workerData.columns, workerData.options)
const { labels, vectors } = result
parentPort!.postMessage(result, [labels.buffer, vectors.start.buffer, vectors.terms.buffer, vectors.weights.buffer, vectors.df.buffer] as ArrayBuffer[])
