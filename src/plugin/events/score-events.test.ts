import { describe, expect, it } from 'vitest'
import { assignedFromCsv, formatScore, looseUrl, parseCsv, parseLabels, scoreEvents, type Assigned, type Label } from './score-events.ts'

const label = (url: string, story: string, title = url): Label => ({ url, title, story })
const put = (url: string, event: string, title = url): Assigned => ({ url, event, title })

describe('scoreEvents', () => {
  it('gives 1 everywhere for a grouping equal to the labels', () => {
    const labels = [label('a', 'x'), label('b', 'x'), label('c', 'y')]
    const s = scoreEvents([put('a', '1'), put('b', '1'), put('c', '2')], labels)
    expect(s).toMatchObject({ found: 3, total: 3, events: 2, labelled: 2, largest: 2, precision: 1, recall: 1, f1: 1, pairPrecision: 1, pairRecall: 1, worst: [] })
  })

  it('computes B-cubed and pairwise figures of a grouping that joins two stories', () => {
    // Labels: {a, b} and {c}; grouping: {a, b, c}.
    const s = scoreEvents([put('a', '1'), put('b', '1'), put('c', '1')], [label('a', 'x'), label('b', 'x'), label('c', 'y')])
    // a and b: 2 of 3 right; c: 1 of 3. Recall: all found.
    expect(s.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3)
    expect(s.recall).toBe(1)
    expect(s.pairPrecision).toBeCloseTo(1 / 3)
    expect(s.pairRecall).toBe(1)
    expect(s.worst).toEqual([{ event: '1', size: 3, stories: 2, titles: ['a', 'c'] }])
  })

  it('computes recall of a grouping that splits a story', () => {
    const s = scoreEvents([put('a', '1'), put('b', '2')], [label('a', 'x'), label('b', 'x')])
    expect(s).toMatchObject({ precision: 1, recall: 0.5, pairPrecision: 1, pairRecall: 0 })
    expect(s.f1).toBeCloseTo(2 / 3)
  })

  it('finds articles by exact URL, then a loose URL, then the title; the unfound count as missing', () => {
    const s = scoreEvents(
      [put('https://www.x.com/a/', '1'), put('https://y.com/b', '1', 'Title B')],
      [label('http://x.com/a', 'x'), label('https://other.com/b', 'x', 'Title B'), label('https://z.com/none', 'y')],
    )
    expect(s.found).toBe(2)
    expect(s.total).toBe(3)
    expect(looseUrl('HTTPS://www.X.com/a//')).toBe('x.com/a')
  })
})

describe('parseLabels', () => {
  it('reads url, title and story a line, CRLF or LF, and names a bad line', () => {
    expect(parseLabels('u1\tT1\ts1\r\nu2\tT2\ts2\n\n')).toEqual([label('u1', 's1', 'T1'), label('u2', 's2', 'T2')])
    expect(() => parseLabels('u1\tT1\ts1\nbroken line\n')).toThrow('labels line 2')
  })
})

describe('formatScore', () => {
  it('prints the figures and the worst joins', () => {
    const text = formatScore('dev', scoreEvents([put('a', 'e1', 'A'), put('c', 'e1', 'C')], [label('a', 'x', 'A'), label('c', 'y', 'C')]))
    expect(text).toContain('B-cubed precision 0.500  recall 1.000  F1 0.667')
    expect(text).toContain('e1 (2 articles from 2 labelled stories): "A" + "C"')
  })
})

describe('events.csv', () => {
  it('reads back what csvRecord writes, quotes, commas and line breaks included', async () => {
    const { csvRecord } = await import('../output/csv.ts')
    const rows = [['event_id', 'event_headline', 'article_url', 'article_title'], ['e1', 'A "quoted", headline', 'https://x.com/a', 'two\nlines'], ['e2', '', 'https://y.com/b', 'plain']]
    expect(parseCsv(rows.map(csvRecord).join(''))).toEqual(rows)
    expect(assignedFromCsv(rows.map(csvRecord).join(''))).toEqual([
      { event: 'e1', url: 'https://x.com/a', title: 'two\nlines' },
      { event: 'e2', url: 'https://y.com/b', title: 'plain' },
    ])
    expect(() => assignedFromCsv('a,b\r\n')).toThrow('events.csv lacks the column event_id')
  })
})
