// Runs `clusterWithVectors` in a worker thread (see `cluster-off-thread.ts`).
import { parentPort, workerData } from 'node:worker_threads'
import { clusterVectors, type ClusterColumns, type ClusterOptions } from './cluster.ts'
import { vectorize } from './vectors.ts'

const data = workerData as { columns: ClusterColumns | null; options?: ClusterOptions }
const { time, outlet, linkStart, links } = data.columns!
const vectors = vectorize(data.columns!)
// The articles' text goes once read: every title and excerpt, 140 MB at 100,000 stories
// (twice that where one character is outside Latin-1), else held through the rest of the grouping.
data.columns = null
const { labels } = clusterVectors(vectors, { time, outlet, linkStart, links }, data.options)
parentPort!.postMessage({ labels, vectors }, [labels.buffer, vectors.start.buffer, vectors.terms.buffer, vectors.weights.buffer, vectors.df.buffer] as ArrayBuffer[])
