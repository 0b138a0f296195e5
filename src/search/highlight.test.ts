import { describe, expect, it } from 'vitest'
import { markWords } from './highlight.ts'

const marked = (text: string, q: string) => markWords(text, q).filter((s) => s.mark).map((s) => s.text)

describe('markWords', () => {
  it('marks the words the query matched, by stem, and the word being typed by its beginning', () => {
    expect(marked('The LAPD Just Banned Its Officers', 'banning')).toEqual(['Banned'])
    expect(marked('Facial recognition: the LAPD’s facial ban', 'lapd faci')).toEqual(['Facial', 'LAPD', 'facial'])
    expect(marked('Café crème', 'cafe')).toEqual(['Café'])
  })
  it('marks a phrase’s words', () => {
    expect(marked('State police use it; the state of police', '"state police"')).toEqual(['State', 'police', 'state', 'police'])
  })
  it('keeps the text whole: markup stays text', () => {
    const segments = markWords('Surveillance <b>bold</b> & Co', 'surveillance')
    expect(segments.map((s) => s.text).join('')).toBe('Surveillance <b>bold</b> & Co')
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['Surveillance'])
  })
  it('marks nothing for a query of no words', () => {
    expect(markWords('Some text', '""')).toEqual([{ text: 'Some text', mark: false }])
  })
})
