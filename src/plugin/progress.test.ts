import { describe, expect, it } from 'vitest'
import { createProgress } from './progress.ts'

function stream(isTTY: boolean) {
  const chunks: string[] = []
  return { out: { isTTY, write: (s: string) => chunks.push(s) } as unknown as NodeJS.WriteStream, chunks }
}

describe('createProgress', () => {
  it('prints one plain line per finished phase outside a terminal', () => {
    const { out, chunks } = stream(false)
    let t = 0
    const progress = createProgress(out, () => t)
    const reading = progress('reading files', 3)
    reading.tick(1)
    t = 1500
    reading.end('3 files')
    expect(chunks).toEqual(['reader:content reading files: 3 files (1.5 s)\n'])
  })

  it('updates one status line in a terminal, showing the phases that run at once', () => {
    const { out, chunks } = stream(true)
    let t = 0
    const progress = createProgress(out, () => t)
    const indexing = progress('indexing for search', 10)
    const writing = progress('writing data', 100)
    t = 200
    writing.tick(40)
    expect(chunks.at(-1)).toBe('\r\x1b[Kreader:content indexing for search 0/10 · 0.2 s | writing data 40/100 · 0.2 s')
    writing.end('100 JSON files')
    expect(chunks.slice(-3)).toEqual([
      '\r\x1b[K',
      'reader:content writing data: 100 JSON files (0.2 s)\n',
      '\r\x1b[Kreader:content indexing for search 0/10 · 0.2 s',
    ])
    indexing.end('10 stories')
    expect(chunks.at(-1)).toBe('\r\x1b[K')
  })
})
