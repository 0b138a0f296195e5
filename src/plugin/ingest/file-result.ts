import { normalizeStory, type StoryDraft } from './normalize.ts'
import type { Problem } from './problems.ts'
import { parseStory, readBytes, sizeProblem, statFile } from './read.ts'

/** One story file read: its story (null when skipped) and what was wrong with it. */
export interface FileResult {
  file: string
  story: StoryDraft | null
  problems: Problem[]
}

/** Parses and checks one file of `size` bytes; an oversized file is refused unread. */
export async function fileResult(file: string, size: number, read: () => Promise<Uint8Array>): Promise<FileResult> {
  const tooLarge = sizeProblem(file, size)
  const parsed = tooLarge ? { ok: false as const, problem: tooLarge } : parseStory(file, await read())
  return parsed.ok ? { file, ...normalizeStory(file, parsed.data) } : { file, story: null, problems: [parsed.problem] }
}

/** The report for a file that could not be read at all. */
export function unreadable(file: string, error: unknown): FileResult {
  return { file, story: null, problems: [{ file, kind: 'skipped', reason: `cannot read: ${(error as Error).message}` }] }
}

/** Reads one story file (no cache: a build's and the reading worker's). */
export async function readStoryFile(abs: string, file: string): Promise<FileResult> {
  try {
    return await fileResult(file, (await statFile(abs)).size, () => readBytes(abs))
  } catch (error) {
    return unreadable(file, error)
  }
}
