import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from '../corpus.ts'
import { resolveContentOptions } from '../options.ts'

const load = (dir: string) => createCorpusLoader(resolveContentOptions({ dir: path.resolve(import.meta.dirname, dir) }, {})).load()

describe('the chain of a story over time', () => {
  it('links the NOPD admission in November to the emails in December, and not the LAPD ban', async () => {
    const seeds = await load('../../../seeds')
    const admission = seeds.events.get('2020-11-12-new-orleans-police-department-using-facial-recognition')!
    const emails = seeds.events.get('2020-12-14-nopd-has-used-facial-recognition-since-at-least-2018-emails')!
    const lapd = seeds.events.get('2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party')!
    expect(admission.earlier).toBeUndefined()
    expect(admission.later?.map((e) => e.id)).toEqual(['2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier', emails.id])
    // Nearest first.
    expect(emails.earlier?.map((e) => e.id)).toEqual(['2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier', admission.id])
    expect(emails.earlier?.[0]).toMatchObject({ first: '2020-11-16T20:43:00.000Z', articleCount: 3, outletCount: 3 })
    expect(lapd.earlier).toBeUndefined()
    expect(lapd.later).toBeUndefined()
  })

  it("links a flaw's disclosure to its fix a month later, in a one-topic corpus, without branching", async () => {
    const c = await load('fixtures/one-topic-software')
    const linked = [...c.events.values()].filter((e) => e.earlier || e.later)
    const flaw = linked.find((e) => /portals leak/.test(e.headline))!
    expect(flaw.later?.[0].headline).toMatch(/portal fix/)
    // Each event has at most one before and one after: each event is someone's later at most once.
    const laterOf = linked.flatMap((e) => (e.later ? [e.later[0].id] : []))
    expect(new Set(laterOf).size).toBe(laterOf.length)
  })
})
