// Runs `clusterArticles` in a worker thread (see `cluster-off-thread.ts`).
import { parentPort, workerData } from 'node:worker_threads'
import { clusterArticles } from './cluster.ts'

const labels = clusterArticles(workerData.items, workerData.options)
parentPort!.postMessage(labels, [labels.buffer as ArrayBuffer])
