import fs from 'node:fs/promises'
import path from 'node:path'
import type { Corpus } from './corpus.ts'
import { storyHtml } from './html.ts'
import { mapLimit } from './read.ts'
import type { Story } from './types.ts'

/**
 * Writes the corpus's JSON under `data/<version>/` and, given the built index.html, one
 * HTML entry per story (`story/<id>/index.html`) into the build's output folder.
 */
export async function writeData(
  outDir: string,
  corpus: Corpus,
  template: string | undefined,
  page: { siteUrl?: string; base: string },
  concurrency: number,
): Promise<void> {
  const dataDir = path.join(outDir, 'data', corpus.manifest.version)
  const entries = [...corpus.files]
  const folders = new Set(entries.map(([file]) => path.dirname(path.join(dataDir, file))))
  if (template) for (const [file] of entries) if (file.startsWith('story/')) folders.add(path.join(outDir, file.slice(0, -'.json'.length)))
  for (const folder of folders) await fs.mkdir(folder, { recursive: true })

  await mapLimit(entries, concurrency, async ([file, source]) => {
    await fs.writeFile(path.join(dataDir, file), source)
    if (template && file.startsWith('story/')) {
      const story = JSON.parse(source) as Story
      await fs.writeFile(path.join(outDir, 'story', story.id, 'index.html'), storyHtml(template, story, page))
    }
  })
}
