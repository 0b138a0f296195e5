import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../text.ts'
import { parseQuery } from './query-parse.ts'
import { foldedTokens, matchesTerm, tokenize } from './tokens.ts'

const spans = (text: string) => tokenize(text).map((t) => [t.token, text.slice(t.start, t.end)])

describe('tokenize', () => {
  it('maps words back to the original text through accents and ligatures', () => {
    expect(spans('Café ﬁle, naïve')).toEqual([['cafe', 'Café'], ['file', 'ﬁle'], ['naive', 'naïve']])
    // A decomposed é (e + combining acute) spans both code units.
    expect(spans('Cafe\u0301s open')).toEqual([['cafes', 'Cafe\u0301s'], ['open', 'open']])
    // One character may fold into several words, or into a longer one.
    expect(spans('½ cup ǅx ﬃ')).toEqual([['1', '½'], ['2', '½'], ['cup', 'cup'], ['dzx', 'ǅx'], ['ffi', 'ﬃ']])
    expect(spans('😀 𝒳yz 4200s')).toEqual([['xyz', '𝒳yz'], ['4200s', '4200s']])
    expect(tokenize('Running cafés').map((t) => t.term)).toEqual(['run', 'cafe'])
  })

  it('cuts words as the index does, lower-casing with context (a final sigma)', () => {
    expect(tokenize('ΟΔΟΣ.').map((t) => t.token)).toEqual(foldedTokens('ΟΔΟΣ.'))
  })

  it('agrees with the fast path on any text, and each span folds to contain its word', () => {
    const pool = ['a', 'B', 'é', 'e\u0301', 'ﬁ', 'ß', 'İ', '½', 'Å', 'ǅ', '😀', '𝒳', 'ｶ', '①', '4', ' ', '-', '.', '\u0301', '\u0903', 'ñ', 'Ω']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (chars) => {
        const text = chars.join('')
        const tokens = tokenize(text)
        expect(tokens.map((t) => t.token)).toEqual(foldedTokens(text))
        for (const t of tokens) expect(normalizeText(text.slice(t.start, t.end))).toContain(t.token)
      }),
    )
  })
})

describe('matchesTerm', () => {
  it('matches a term by stem and a prefix by beginning or stem', () => {
    const [running] = tokenize('Running')
    expect(matchesTerm(running, 'run')).toBe(true)
    expect(matchesTerm(running, 'runner')).toBe(false)
    expect(matchesTerm(running, { token: 'runn', term: 'runn' })).toBe(true)
    const [ran] = tokenize('runs')
    expect(matchesTerm(ran, { token: 'running', term: 'run' })).toBe(true)
  })
})

describe('parseQuery', () => {
  it('takes quoted text as phrases and the word being typed as a prefix', () => {
    expect(parseQuery('Police "facial recognition" caf', true)).toEqual({
      terms: ['polic'],
      phrases: [['facial', 'recognit']],
      prefix: { token: 'caf', term: 'caf' },
      required: ['facial', 'polic', 'recognit'],
    })
    expect(parseQuery('police caf', false).prefix).toBe(null)
    expect(parseQuery('police caf ', true).prefix).toBe(null)
    expect(parseQuery('"police caf"', true).prefix).toBe(null)
  })

  it('runs an unclosed quote to the end, takes a one-word phrase as a term, counts duplicates once', () => {
    expect(parseQuery('cafés "police cafe', true)).toEqual({ terms: ['cafe'], phrases: [['polic', 'cafe']], prefix: null, required: ['cafe', 'polic'] })
    expect(parseQuery('"Cafés" cafe', false)).toEqual({ terms: ['cafe'], phrases: [], prefix: null, required: ['cafe'] })
    expect(parseQuery('cafe cafe', true)).toEqual({ terms: ['cafe'], phrases: [], prefix: { token: 'cafe', term: 'cafe' }, required: ['cafe'] })
    expect(parseQuery(' "" -- ', true)).toEqual({ terms: [], phrases: [], prefix: null, required: [] })
  })
})
