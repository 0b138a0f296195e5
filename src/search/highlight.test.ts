import { describe, expect, it } from 'vitest'
import { excerptWindow, highlight, queryWords } from './highlight.ts'

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text)

describe('highlight', () => {
  it('marks the words at the engine’s locations, counted from the first word given', () => {
    expect(marked(highlight('The LAPD Just Banned Its Officers', new Set([3]), 0, ['banning']))).toEqual(['Banned'])
    expect(marked(highlight('issued a moratorium on', new Set([14]), 12, []))).toEqual(['moratorium'])
  })
  it('keeps the text whole: markup stays text', () => {
    const segments = highlight('Surveillance <b>bold</b> & Co', new Set([0]), 0, [])
    expect(segments.map((s) => s.text).join('')).toBe('Surveillance <b>bold</b> & Co')
    expect(marked(segments)).toEqual(['Surveillance'])
  })
  it('marks words that start like a query word when the engine gave no location (a prefix)', () => {
    expect(marked(highlight('A moratorium, then bans and Banned.', new Set(), 0, queryWords('morato banning')))).toEqual(['moratorium,', 'Banned.'])
  })
})

describe('queryWords', () => {
  it('folds case and accents, and drops quotes and one-letter words', () => {
    expect(queryWords('"Café crème" a LAPD')).toEqual(['cafe', 'creme', 'lapd'])
  })
})

describe('excerptWindow', () => {
  it('starts a little before the first match in the excerpt', () => {
    expect(excerptWindow(100, 10, [3, 40, 60], 30)).toEqual({ start: 35, end: 65 })
  })
  it('starts at the excerpt without a match there, and never runs past the end', () => {
    expect(excerptWindow(20, 10, [2], 30)).toEqual({ start: 10, end: 20 })
    expect(excerptWindow(50, 10, [48], 30)).toEqual({ start: 20, end: 50 })
  })
})
