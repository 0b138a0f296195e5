// Reads a share of the story files in a worker thread (see `read-off-thread.ts`).
import { parentPort, workerData } from 'node:worker_threads'
import { readStoryFile } from './file-result.ts'
import { mapLimit, type SourceFile } from './read.ts'

const { sources, concurrency } = workerData as { sources: SourceFile[]; concurrency: number }
let read = 0
const results = await mapLimit(sources, concurrency, async (s) => {
  const result = await readStoryFile(s.abs, s.file)
  if (++read % 1000 === 0) parentPort!.postMessage({ read })
  return result
})
parentPort!.postMessage({ results })
