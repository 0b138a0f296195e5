import { writeHeapSnapshot } from 'node:v8'
import { createCorpusLoader } from '../src/plugin/corpus.ts'
import { resolveContentOptions } from '../src/plugin/options.ts'
const corpus = await createCorpusLoader(resolveContentOptions({ dir: process.argv[2] }, {}), undefined, { keep: false }).load()
globalThis.gc?.()
console.log(process.memoryUsage().heapUsed / 1e6, corpus.stories.size)
console.log(writeHeapSnapshot('/tmp/c10k.heapsnapshot'))
