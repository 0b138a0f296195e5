import * as pagefind from 'pagefind'
import { createCorpusLoader } from '../src/plugin/corpus.ts'
import { resolveContentOptions } from '../src/plugin/options.ts'
import { searchRecord } from '../src/plugin/search-index.ts'
const corpus = await createCorpusLoader(resolveContentOptions({ dir: '/tmp/story-reader-budgets/corpus-10k' }, {})).load()
for (const variant of ['all', 'date+quality', 'date', 'none', 'short-url']) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' })
  let next = 0
  const stories = corpus.newestFirst
  await Promise.all(Array.from({ length: 16 }, async () => {
    for (let s = stories[next++]; s; s = stories[next++]) {
      const r = searchRecord(s)
      const sort = variant === 'all' || variant === 'short-url' ? r.sort : variant === 'date+quality' ? { date: r.sort.date, quality: r.sort.quality } : variant === 'date' ? { date: r.sort.date } : {}
      await index!.addCustomRecord({ ...r, sort, url: variant === 'short-url' ? '/' + s.id : r.url })
    }
  }))
  const { files } = await index!.getFiles()
  const size = (re: RegExp) => files.filter((f) => re.test(f.path)).reduce((n, f) => n + f.content.length, 0)
  console.log(variant, 'pf_meta', size(/pf_meta$/), 'fragments', size(/^fragment/), 'index', size(/^index/), 'filters', size(/^filter/))
  await index!.deleteIndex()
}
await pagefind.close()
