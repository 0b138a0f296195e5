import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { toRow } from '../../content/to-row.ts'
import { relatedEntries } from '../../shared/related.ts'
import { createCorpusLoader } from '../corpus.ts'
import { resolveContentOptions } from '../options.ts'
import { dataFiles } from './write.ts'
import type { IndexRow } from '../../content/types.ts'

describe('a list row', () => {
  it('counts the related articles as the story page lists them: a syndicated copy once', async () => {
    const seeds = await createCorpusLoader(resolveContentOptions({ dir: path.resolve(import.meta.dirname, '../../../seeds') }, {})).load()
    const lapd = seeds.newestFirst.find((s) => s.title.startsWith('LAPD bars detectives'))!
    // 14 entries in its file, one a copy of another: its page lists 13, and so does its row.
    expect(lapd.related).toHaveLength(14)
    expect(relatedEntries(lapd.related)).toHaveLength(13)
    expect(toRow(lapd).relatedCount).toBe(13)
  })

  it('carries, in the row pages a build writes, each story’s own count (counted while the grouping ran)', async () => {
    const seeds = await createCorpusLoader(resolveContentOptions({ dir: path.resolve(import.meta.dirname, '../../../seeds') }, {})).load()
    const rows = JSON.parse(new Map(dataFiles(seeds)).get('rows/0.json')!()) as IndexRow[]
    expect(rows.map((r) => r.relatedCount)).toEqual(seeds.newestFirst.map((s) => relatedEntries(s.related).length))
    // The seeds' counts differ from story to story, so a count given to the wrong story shows.
    expect(new Set(rows.map((r) => r.relatedCount)).size).toBeGreaterThan(2)
  })
})
