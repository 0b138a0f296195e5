import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStoryFile } from './file-result.ts'
import { readOffThread } from './read-off-thread.ts'
import { listStoryFiles } from './read.ts'
import { storyText } from '../test-fixtures.ts'

describe('readOffThread', () => {
  it('reads in a worker what reading here reads, problems and all', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'read-off-thread-'))
    try {
      const files: Record<string, string | Uint8Array> = {
        'a/one.txt': storyText(),
        'a/two.txt': storyText().replace('A story', 'Another story').replace(/\n/g, '\r\n'),
        'b/broken.txt': storyText().replace('quality: 59', 'quality: [59'),
        'b/empty.txt': '',
        'b/binary.txt': new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00]),
      }
      for (const [file, content] of Object.entries(files)) {
        await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true })
        await fs.writeFile(path.join(dir, file), content)
      }
      const sources = await listStoryFiles(dir)
      const counts: number[] = []
      const there = await readOffThread(sources, 2, (n) => counts.push(n))
      const here = await Promise.all(sources.map((s) => readStoryFile(s.abs, s.file)))
      expect(there).toEqual(here)
      expect(here.filter((r) => r.story).map((r) => r.story!.title)).toEqual(['A story', 'Another story'])
      expect(here.filter((r) => !r.story).map((r) => r.file)).toEqual(['b/binary.txt', 'b/broken.txt', 'b/empty.txt'])
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
