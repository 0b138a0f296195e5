import { describe, expect, it } from 'vitest'
import type { RelatedLink } from '../content/types.ts'
import { firstEntries, relatedByDay } from './related.ts'

const link = (title: string, domain: string, date?: string, excerpt = '', storyId?: string): RelatedLink => ({
  title,
  excerpt,
  ...(date ? { publishedDateTime: date } : {}),
  webUrl: `https://${domain}/${encodeURIComponent(title)}`,
  type: 'article',
  provider: { name: domain, domain },
  quality: null,
  ...(storyId ? { storyId } : {}),
})

describe('relatedByDay', () => {
  it('merges syndicated copies (same title, or same long excerpt) and groups by day', () => {
    const wire = 'Police in New Orleans used facial recognition for years, emails obtained by reporters show.'
    const days = relatedByDay([
      link('NOPD used facial recognition', 'a.com', '2020-12-14T10:00:00Z', wire),
      link('NOPD Used Facial Recognition!', 'b.com', '2020-12-14T12:00:00Z'),
      link('A different headline', 'c.com', '2020-12-15T09:00:00Z', wire),
      link('Another story', 'd.com', '2020-12-15T11:00:00Z', 'Short.'),
      link('Undated', 'e.com'),
    ])
    expect(days.map(([day, entries]) => [day, entries.map((e) => [e.article.provider.domain, e.copies.map((c) => c.provider.domain)])])).toEqual([
      ['2020-12-14', [['a.com', ['b.com', 'c.com']]]],
      ['2020-12-15', [['d.com', []]]],
      [null, [['e.com', []]]],
    ])
  })

  it('never folds a story of this reader into another entry', () => {
    const days = relatedByDay([link('Same title', 'a.com', '2020-12-14T10:00:00Z'), link('Same title', 'b.com', '2020-12-14T11:00:00Z', '', 'b-story')])
    expect(days[0][1]).toHaveLength(2)
  })
})

describe('firstEntries', () => {
  it('keeps the first entries under their days', () => {
    const days = relatedByDay(['a', 'b', 'c', 'd'].map((t, i) => link(t, `${t}.com`, `2020-12-1${i < 3 ? 4 : 5}T10:00:00Z`)))
    expect(firstEntries(days, 3).map(([day, e]) => [day, e.length])).toEqual([['2020-12-14', 3]])
    expect(firstEntries(days, 4).map(([day, e]) => [day, e.length])).toEqual([['2020-12-14', 3], ['2020-12-15', 1]])
  })
})
