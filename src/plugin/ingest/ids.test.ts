import { describe, expect, it } from 'vitest'
import { assignIds, baseId, slugify } from './ids.ts'

describe('slugify', () => {
  it('makes readable ASCII slugs', () => {
    expect(slugify('LAPD bars detectives’ use of Clearview AI facial recognition system')).toBe(
      'lapd-bars-detectives-use-of-clearview-ai-facial-recognition',
    )
    expect(slugify('Café | “Privacy” — 2020!')).toBe('cafe-privacy-2020')
    expect(slugify('¿¿??')).toBe('story')
  })
  it('cuts long titles on a word boundary', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug.endsWith('-')).toBe(false)
    expect(slug.endsWith('word')).toBe(true)
  })
})

describe('assignIds', () => {
  const a = { key: 'a.com/1', title: 'Same Title', publishedDateTime: '2020-11-17T22:37:00.000Z' }
  const b = { key: 'b.com/1', title: 'Same Title', publishedDateTime: '2020-11-17T05:00:00.000Z' }
  const c = { key: 'c.com/1', title: 'Other', publishedDateTime: '2020-11-18T05:00:00.000Z' }

  it('uses the UTC day and the title', () => {
    expect(baseId('Hello World', '2020-11-17T22:37:00.000Z')).toBe('2020-11-17-hello-world')
  })
  it('suffixes collisions deterministically, whatever the input order', () => {
    const ids = assignIds([a, b, c])
    expect(ids[0]).toBe('2020-11-17-same-title')
    expect(ids[1]).toMatch(/^2020-11-17-same-title-[0-9a-f]{6}$/)
    expect(ids[2]).toBe('2020-11-18-other')
    expect(assignIds([c, b, a])).toEqual([ids[2], ids[1], ids[0]])
    expect(new Set(ids).size).toBe(3)
  })
  it('does not depend on unrelated stories', () => {
    expect(assignIds([b])[0]).toBe('2020-11-17-same-title')
    expect(assignIds([c, b])[1]).toBe('2020-11-17-same-title')
  })
})
