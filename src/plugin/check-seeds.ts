// `npm run check:seeds [DIR]`: validates a folder of story files with the same code the
// build uses and prints the report; exits 1 when any file is reported.
import path from 'node:path'
import { createCorpusLoader } from './corpus.ts'
import { resolveContentOptions } from './options.ts'
import { formatReport } from './ingest/problems.ts'

const dir = process.argv[2]
const options = resolveContentOptions(dir ? { dir } : {}, dir ? { ...process.env, SEEDS_DIR: '' } : process.env)

try {
  const corpus = await createCorpusLoader(options).load()
  console.log(`${path.relative(process.cwd(), options.dir) || '.'}: ${formatReport(corpus.problems, corpus.manifest.storyCount)}`)
  process.exitCode = corpus.problems.length ? 1 : 0
} catch (error) {
  console.error(`cannot check ${options.dir}: ${(error as Error).message}`)
  process.exitCode = 2
}
