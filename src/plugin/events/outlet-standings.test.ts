import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { OutletStanding } from '../../content/types.ts'
import { createCorpusLoader } from '../corpus.ts'
import { resolveContentOptions } from '../options.ts'

describe('outlets.json', () => {
  it('counts for each outlet its stories, the events it covered, its first reports and its median lag', async () => {
    const seeds = await createCorpusLoader(resolveContentOptions({ dir: path.resolve(import.meta.dirname, '../../../seeds') }, {})).load()
    const outlets = JSON.parse(seeds.files.get('outlets.json')!) as OutletStanding[]
    const by = new Map(outlets.map((o) => [o.domain, o]))
    // Gizmodo reported the LAPD ban first; The Lens the admission and the emails.
    expect(by.get('gizmodo.com')).toEqual({ name: 'Gizmodo', domain: 'gizmodo.com', stories: 1, events: 1, first: 1 })
    expect(by.get('thelensnola.org')).toMatchObject({ stories: 1, events: 2, first: 2 })
    // nola.com followed The Lens by 22 h 41 min (admission) and 4 h 26 min (emails): median of the two.
    expect(by.get('nola.com')).toMatchObject({ stories: 1, events: 2, first: 0, medianLagMs: ((22 * 60 + 41 + 4 * 60 + 26) / 2) * 60_000 })
    // KTLA, known only from related entries, followed Gizmodo by 36 minutes.
    expect(by.get('ktla.com')).toEqual({ name: 'KTLA', domain: 'ktla.com', stories: 0, events: 1, first: 0, medianLagMs: 36 * 60_000 })
    // Most events first.
    expect(outlets[0].events).toBe(Math.max(...outlets.map((o) => o.events)))
  })
})
