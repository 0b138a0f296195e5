// Story files for the plugin's tests, written to a temporary folder so each test owns
// its exact bytes (CRLF, BOM, invalid UTF-8) whatever git does to line endings.
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

export interface StoryFields {
  title?: string
  date?: string
  url?: string | null
  originalUrl?: string
  domain?: string
  quality?: number | string
  heat?: number
  related?: string[]
  extra?: string
}

/** A story file's text in the seeds' shape; `related` lists URLs of related entries. */
export function storyText(f: StoryFields = {}): string {
  const url = f.url === undefined ? 'https://example.com/a-story' : f.url
  const related = (f.related ?? [])
    .map((u, i) => `  - title: "Related ${i}"\n    publishedDateTime: 2020-11-1${i % 10}T10:00:00Z\n    webUrl: "${u}"\n    type: article\n    provider:\n      name: Other\n      domain: other.com\n    quality: 40\n`)
    .join('')
  return [
    '---',
    'category: news',
    `title: "${f.title ?? 'A story'}"`,
    'excerpt: "An excerpt."',
    `publishedDateTime: ${f.date ?? '2020-11-17T22:37:00Z'}`,
    `originalUrl: "${f.originalUrl ?? url ?? 'https://example.com/a-story'}"`,
    ...(url === null ? [] : [`webUrl: "${url}"`]),
    'type: article',
    `quality: ${f.quality ?? 59}`,
    `heat: ${f.heat ?? -1}`,
    'published: false',
    'provider:',
    '  name: Example',
    `  domain: ${f.domain ?? 'example.com'}`,
    'topics:',
    '  - AI',
    ...(related ? ['related:', related.trimEnd()] : []),
    ...(f.extra ? [f.extra] : []),
    'secured: "c2VjcmV0LXNlY3JldA==;aXY="',
    '---',
    '',
  ].join('\n')
}

/** Writes `files` (name → text or bytes) to a new temporary folder and returns its path. */
export async function writeCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'reader-corpus-'))
  for (const [name, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await fs.writeFile(path.join(dir, name), content)
  }
  return dir
}
