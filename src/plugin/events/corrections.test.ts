import fs from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader, type Corpus } from '../corpus.ts'
import { parseCorrections } from './corrections.ts'
import { resolveContentOptions } from '../options.ts'
import { writeCorpus } from '../test-fixtures.ts'

const seedsDir = path.resolve(import.meta.dirname, '../../../seeds')
const NOLA_1 = '2020-11-12-new-orleans-police-department-using-facial-recognition'
const NOLA_2 = '2020-11-16-new-orleans-pd-using-facial-recognition-despite-earlier'
const LAPD = '2020-11-18-the-lapd-just-banned-its-officers-from-using-third-party'
const THREATPOST = 'https://threatpost.com/lapd-facial-recognition-privacy-concerns/161364/'
const LATIMES = 'https://www.latimes.com/california/story/2020-11-17/lapd-bars-outside-facial-recognition-use-as-buzzfeed-inquiry-spurs-investigation'
const KTLA = 'https://ktla.com/news/local-news/lapd-bans-using-third-party-facial-recognition-software-after-discovering-detectives-did-so-without-permission/'

/** The seeds with an `events.yaml` beside them. */
async function seedsWith(corrections: string): Promise<Corpus> {
  const files: Record<string, string> = { 'events.yaml': corrections }
  for (const name of await fs.readdir(seedsDir)) files[name] = await fs.readFile(path.join(seedsDir, name), 'utf8')
  return createCorpusLoader(resolveContentOptions({ dir: await writeCorpus(files) }, {})).load()
}
const eventOf = (c: Corpus, url: string) => c.grouping.groups.find((g) => g.articles.some((a) => a.webUrl === url))!
const ids = (c: Corpus) => c.grouping.groups.map((g) => g.id).sort()

describe('events.yaml', () => {
  it('merges two events: the first named keeps its id, the articles are in time order', async () => {
    const before = await seedsWith('')
    const after = await seedsWith(`merge:\n  - [${NOLA_1}, ${NOLA_2}]\n`)
    const merged = after.events.get(NOLA_1)!
    expect(merged.articleCount).toBe(5)
    expect(merged.articles.map((a) => a.publishedDateTime)).toEqual([...merged.articles.map((a) => a.publishedDateTime)].sort())
    expect(after.events.has(NOLA_2)).toBe(false)
    // No other event changed its id.
    expect(ids(after)).toEqual(ids(before).filter((id) => id !== NOLA_2))
    expect(after.problems).toEqual([])
  })

  it('takes an article out of its event, which keeps its id', async () => {
    const c = await seedsWith(`separate:\n  - ${KTLA}\n`)
    expect(c.events.get(LAPD)!.articleCount).toBe(10)
    const alone = eventOf(c, KTLA)
    expect(alone.articleCount).toBe(1)
    expect(alone.id).toMatch(/^2020-11-18-lapd-bans-using-third-party/)
  })

  it('merges by article URL, pins the headline article and renames an event', async () => {
    const c = await seedsWith(
      [`merge:`, `  - [${LAPD}, ${THREATPOST}]`, `lead:`, `  ${LAPD}: ${LATIMES}`, `rename:`, `  ${NOLA_1}: "New Orleans police admit using facial recognition"`, ''].join('\n'),
    )
    const lapd = c.events.get(LAPD)!
    expect(lapd.articleCount).toBe(12)
    expect(lapd.headline).toBe('LAPD bars use of third-party facial recognition systems, launches review after BuzzFeed inquiry')
    expect(c.events.get(NOLA_1)!.headline).toBe('New Orleans police admit using facial recognition')
    // The story pages say the same.
    expect(c.stories.get(LAPD)!.event).toMatchObject({ id: LAPD, articleCount: 12, headline: lapd.headline })
  })

  it('reports an unknown id or URL, a bad entry and an article of another event by line, and applies the rest', async () => {
    const c = await seedsWith(
      [
        'merge:',
        '  - [no-such-event, ' + NOLA_2 + ']',
        '  - just-one',
        'separate:',
        '  - https://example.com/not-in-the-corpus',
        '  - ' + KTLA,
        'lead:',
        `  ${LAPD}: https://thelensnola.org/2020/11/12/new-orleans-police-department-using-facial-recognition-despite-years-of-denial/`,
        'colour: blue',
        '',
      ].join('\n'),
    )
    expect(c.problems.map((p) => [p.file, p.line, p.reason])).toEqual([
      ['events.yaml', 3, 'expected a list of two or more event ids or article URLs'],
      ['events.yaml', 9, 'unknown key "colour"; expected separate, merge, lead, rename'],
      ['events.yaml', 5, 'no article of the corpus has the URL https://example.com/not-in-the-corpus'],
      ['events.yaml', 2, 'no event has the id no-such-event'],
      ['events.yaml', 8, expect.stringContaining('is not an article of the event ' + LAPD)],
    ])
    expect(c.events.get(LAPD)!.articleCount).toBe(10)
  })

  it('reports broken YAML with its line and builds as if there were none', async () => {
    const { problems, corrections } = parseCorrections('merge:\n  - [a, b\nseparate: x\n')
    expect(problems[0]).toMatchObject({ file: 'events.yaml', kind: 'dropped', reason: expect.stringMatching(/^not valid YAML/) })
    expect(corrections.merge).toEqual([])
    expect(parseCorrections('').problems).toEqual([])
    expect(parseCorrections('# nothing yet\n').problems).toEqual([])
  })
})
