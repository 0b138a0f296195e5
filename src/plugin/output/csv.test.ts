import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCorpusLoader } from '../corpus.ts'
import { resolveContentOptions } from '../options.ts'
import { csvRecord, eventsCsv } from './csv.ts'

const seedsDir = path.resolve(import.meta.dirname, '../../../seeds')
const load = (dir: string) => createCorpusLoader(resolveContentOptions({ dir }, {})).load()

describe('eventsCsv', () => {
  it('write every article once to events.csv', async () => {
    const corpus = await load(seedsDir)
    const lines = [...eventsCsv(corpus.grouping)]
    expect(lines[0]).toBe('event_id,event_headline,article_url,article_title,outlet,published\r\n')
    expect(lines).toHaveLength(1 + 23)
    const urls = lines.slice(1).map((l) => /^[^,]+,(?:"(?:[^"]|"")*"|[^,]*),([^,]+),/.exec(l)![1])
    expect(new Set(urls).size).toBe(23)
    expect(lines).toContain(
      '2020-11-12-new-orleans-police-department-using-facial-recognition,New Orleans Police Department using facial recognition despite years of denial,https://www.nola.com/news/crime_police/article_9eda8846-25e1-11eb-9c95-4f11b10ed17a.html,"New Orleans police use facial recognition software, despite official assurances to the contrary",nola.com,2020-11-13T19:30:00.000Z\r\n',
    )
  })
})

describe('csvRecord', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvRecord(['plain', 'a, b', 'say "hi"', 'two\nlines', ''])).toBe('plain,"a, b","say ""hi""","two\nlines",\r\n')
  })
})
