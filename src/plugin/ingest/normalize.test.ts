import matter from 'gray-matter'
import { describe, expect, it } from 'vitest'
import { normalizeStory, videoEmbed } from './normalize.ts'
import { storyText } from '../test-fixtures.ts'

const normalize = (text: string) => normalizeStory('s.txt', matter(text, {}).data)

describe('normalizeStory', () => {
  it('normalizes a seed-shaped story', () => {
    const { story, problems } = normalize(storyText({ heat: -1 }))
    expect(problems).toEqual([])
    expect(story).toMatchObject({
      title: 'A story',
      publishedDateTime: '2020-11-17T22:37:00.000Z',
      webUrl: 'https://example.com/a-story',
      heat: null,
      published: false,
      provider: { name: 'Example', domain: 'example.com' },
      topics: ['AI'],
    })
    expect(JSON.stringify(story)).not.toContain('secured')
    expect(JSON.stringify(story)).not.toContain('c2VjcmV0')
  })

  it('falls back to originalUrl when webUrl is missing', () => {
    const { story } = normalize(storyText({ url: null, originalUrl: 'https://example.com/video' }))
    expect(story?.webUrl).toBe('https://example.com/video')
  })

  it('converts a date with an offset to UTC', () => {
    const { story } = normalize(storyText({ date: '2020-11-17T20:00:00-07:00' }))
    expect(story?.publishedDateTime).toBe('2020-11-18T03:00:00.000Z')
  })

  it('keeps a real heat score', () => {
    expect(normalize(storyText({ heat: 104 })).story?.heat).toBe(104)
  })

  it('drops and reports a javascript: URL, keeping the story', () => {
    const text = storyText({ related: ['javascript:alert(1)', 'https://other.com/ok'] }).replace(
      'webUrl: "https://example.com/a-story"',
      'webUrl: "https://example.com/a-story"\nampWebUrl: "JavaScript:alert(document.cookie)"',
    )
    const { story, problems } = normalize(text)
    expect(story?.related.map((r) => r.webUrl)).toEqual(['https://other.com/ok'])
    expect(story?.ampWebUrl).toBeUndefined()
    expect(JSON.stringify(story).toLowerCase()).not.toContain('javascript:')
    expect(problems).toEqual([
      expect.objectContaining({ file: 's.txt', kind: 'dropped', field: 'ampWebUrl' }),
      expect.objectContaining({ file: 's.txt', kind: 'dropped', field: 'related.0.webUrl' }),
    ])
  })

  it('drops a malformed related entry and keeps the others', () => {
    const text = storyText({ related: ['https://other.com/1', 'https://other.com/2'] }).replace('- title: "Related 1"', '- title: [not, a, title]')
    const { story, problems } = normalize(text)
    expect(story?.related.map((r) => r.webUrl)).toEqual(['https://other.com/1'])
    expect(problems).toEqual([expect.objectContaining({ kind: 'dropped', field: 'related.1.title' })])
  })

  it('skips a story with no safe URL at all', () => {
    const { story, problems } = normalize(storyText({ url: 'javascript:alert(1)', originalUrl: 'data:text/html,x' }))
    expect(story).toBeNull()
    expect(problems.at(-1)).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(/no http\(s\) URL/) })
  })

  it.each([
    ['quality is not a number', storyText({ quality: '"high"' }), 'quality'],
    ['the date is not a date', storyText({ date: '"last Tuesday"' }), 'publishedDateTime'],
    ['the title is missing', storyText().replace(/^title:.*$/m, ''), 'title'],
    ['the provider is missing', storyText().replace(/^provider:\n.*\n.*$/m, ''), 'provider'],
    ['related is a string', storyText().replace('topics:', 'related: "nope"\ntopics:'), 'related'],
  ])('skips the file when %s, naming the field', (_, text, field) => {
    const { story, problems } = normalize(text)
    expect(story).toBeNull()
    expect(problems[0]).toMatchObject({ file: 's.txt', kind: 'skipped', field })
  })

  it('never passes featuredContent HTML on, only a parsed YouTube id', () => {
    const html = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0" onload="alert(1)"></iframe>'
    const { story } = normalize(storyText({ extra: `featuredContent: '${html}'` }))
    expect(story?.video).toEqual({ kind: 'youtube', id: 'dQw4w9WgXcQ' })
    expect(JSON.stringify(story)).not.toContain('iframe')
  })
})

describe('videoEmbed', () => {
  it.each([
    ['https://youtu.be/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=1', 'dQw4w9WgXcQ'],
    ['<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ">', 'dQw4w9WgXcQ'],
  ])('parses %s', (source, id) => {
    expect(videoEmbed(source)).toEqual({ kind: 'youtube', id })
  })
  it.each(['<iframe src="https://evil.example/embed/dQw4w9WgXcQ">', 'https://vimeo.com/123', ''])('ignores %s', (source) => {
    expect(videoEmbed(source)).toBeUndefined()
  })
})
