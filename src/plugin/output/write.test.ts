import fs from 'node:fs/promises'
import path from 'node:path'
import { readPageData } from '../../shared/page-data.ts'
import type { Story } from '../../content/types.ts'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from '../corpus.ts'
import { resolveContentOptions } from '../options.ts'
import { storyText, writeCorpus } from '../test-fixtures.ts'
import { writeData } from './write.ts'
import { measureDist } from './deploy-summary.ts'
import { PAGE_FOLDERS } from '../../content/paths.ts'

const TEMPLATE = '<!doctype html><html><head><title>App</title></head><body></body></html>'

async function writeOnce(files: Record<string, string>) {
  const corpus = await createCorpusLoader(resolveContentOptions({ dir: await writeCorpus(files) }, {})).load()
  const outDir = await writeCorpus({ 'index.html': TEMPLATE })
  const { version, pages } = await writeData(outDir, corpus, { base: '/' }, 8)
  return { outDir, version, pages }
}

describe('writeData', () => {
  const a = storyText({ title: 'Alpha', url: 'https://a.com/1', related: ['https://b.com/2'] })
  const b = storyText({ title: 'Beta', url: 'https://b.com/2' })

  it("tallies the pages' folders as a walk of them finds them", async () => {
    const { outDir, pages } = await writeOnce({ 'a.txt': a, 'b.txt': b, 'c.txt': storyText({ title: 'Alpha again', url: 'https://c.com/3', related: ['https://a.com/1'] }) })
    expect(pages.files).toBeGreaterThanOrEqual(3)
    const walked = await measureDist(outDir)
    expect(await measureDist(outDir, { folders: PAGE_FOLDERS, tally: pages })).toEqual(walked)
    expect(await measureDist(outDir, { folders: PAGE_FOLDERS, tally: { files: 0, bytes: 0 } })).toEqual({ files: walked.files - pages.files, bytes: walked.bytes - pages.bytes })
  })

  it('writes the data under a folder named by its content, and names it in every HTML entry', async () => {
    const { outDir, version } = await writeOnce({ 'a.txt': a, 'b.txt': b })
    expect(version).toMatch(/^[0-9a-f]{10}$/)
    // A story's data is in its own entry, not in a file of its own.
    const read = readPageData<Story>(await fs.readFile(path.join(outDir, 'story/2020-11-17-alpha/index.html'), 'utf8'))
    expect(read.ok && read.data.related[0].storyId).toBe('2020-11-17-beta')
    expect(await fs.readdir(path.join(outDir, 'data', version))).not.toContain('story')
    expect(await fs.readdir(path.join(outDir, 'data'))).toEqual([version])
    const meta = `<meta name="reader-data" content="${version}" />`
    expect(await fs.readFile(path.join(outDir, 'index.html'), 'utf8')).toContain(meta)
    expect(await fs.readFile(path.join(outDir, 'story/2020-11-17-beta/index.html'), 'utf8')).toContain(meta)
    for (const entry of ['timeline/index.html', '404.html']) expect(await fs.readFile(path.join(outDir, entry), 'utf8')).toContain(meta)
    // The search index is in the same folder: its meta, postings, positions and dictionary.
    const search = await fs.readdir(path.join(outDir, 'data', version, 'search'))
    expect(search.sort()).toEqual(['d', 'meta.json', 'p', 'x'])
  })

  it('gives equal content an equal version and any change a new one', async () => {
    const first = await writeOnce({ 'a.txt': a, 'b.txt': b })
    const renamed = await writeOnce({ 'x/1.md': b, 'y.txt': a })
    const edited = await writeOnce({ 'a.txt': a, 'b.txt': b.replace('An excerpt.', 'An edited excerpt.') })
    expect(renamed.version).toBe(first.version)
    expect(edited.version).not.toBe(first.version)
  })
})
