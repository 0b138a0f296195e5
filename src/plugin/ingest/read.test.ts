import { describe, expect, it } from 'vitest'
import { parseStory } from './read.ts'
import { storyText } from '../test-fixtures.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseStory', () => {
  it('parses LF, CRLF and BOM files alike', () => {
    const lf = parseStory('lf.txt', bytes(storyText()))
    const crlf = parseStory('crlf.txt', bytes(storyText().replace(/\n/g, '\r\n')))
    const bom = parseStory('bom.txt', bytes('\uFEFF' + storyText().replace(/\n/g, '\r\n')))
    expect(lf.ok).toBe(true)
    expect(crlf).toEqual(lf)
    expect(bom).toEqual(lf)
    if (lf.ok) expect(lf.data.title).toBe('A story')
  })

  it('reports the exact line YAML gives', () => {
    const text = storyText().replace('quality: 59', 'quality: 59\nquality: 60')
    const line = text.split('\n').indexOf('quality: 60') + 1
    const result = parseStory('dup.txt', bytes(text))
    expect(result.ok || result.problem).toMatchObject({ file: 'dup.txt', line, reason: expect.stringMatching(/duplicated mapping key/) })
  })

  it('reports broken YAML with the file and its line', () => {
    const text = storyText().replace('quality: 59', 'quality: [59')
    const result = parseStory('broken.txt', bytes(text))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problem).toMatchObject({ file: 'broken.txt', kind: 'skipped' })
    expect(result.problem.reason).toMatch(/^invalid YAML/)
    expect(result.problem.line).toBeGreaterThanOrEqual(text.split('\n').findIndex((l) => l.startsWith('quality')) + 1)
  })

  it.each([
    ['an empty file', '', /empty file/],
    ['whitespace only', ' \r\n\n', /empty file/],
    ['no front matter', 'title: hello\n', /no front matter/],
    ['empty front matter', '---\n---\n', /front matter is empty/],
  ])('skips %s', (_, text, reason) => {
    const result = parseStory('x.md', bytes(text))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problem.reason).toMatch(reason)
  })

  it('skips binary and invalid UTF-8 files', () => {
    const binary = parseStory('x.txt', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]))
    const latin1 = parseStory('y.txt', new Uint8Array([...bytes('---\ntitle: caf'), 0xe9, ...bytes('\n---\n')]))
    expect(binary.ok || binary.problem.reason).toMatch(/binary/)
    expect(latin1.ok || latin1.problem.reason).toMatch(/UTF-8/)
  })
})
