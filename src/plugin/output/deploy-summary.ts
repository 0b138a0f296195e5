import fs from 'node:fs/promises'
import path from 'node:path'
import { mapLimit } from '../ingest/read.ts'

// What a deploy will carry, said at the end of every build, with the well-known hosts'
// limits it passes and what to do about them.

/** Files and their bytes. */
export interface Tally {
  files: number
  bytes: number
}

export interface HostLimit {
  host: string
  /** The limit in its own words. */
  limit: string
  passed: (dist: { files: number; bytes: number }) => boolean
  /** What to do. */
  advice: string
}

const MB = 1024 * 1024

export const HOST_LIMITS: HostLimit[] = [
  {
    host: 'Cloudflare Pages',
    limit: '20,000 files a deploy',
    passed: (d) => d.files > 20_000,
    advice: 'deploy to another host, or split the corpus into sites of fewer stories',
  },
  {
    host: 'GitHub Pages',
    limit: '1 GB a site',
    passed: (d) => d.bytes > 1024 * MB,
    advice: 'deploy to an object store behind a CDN (S3 with CloudFront), or split the corpus',
  },
]

/** `dist/: 35,129 files, 223 MB`, then a warning line per host limit passed. */
export function deploySummary(dist: { files: number; bytes: number }, limits: readonly HostLimit[] = HOST_LIMITS): string[] {
  const head = `dist/: ${dist.files.toLocaleString('en')} files, ${(dist.bytes / MB).toLocaleString('en', { maximumFractionDigits: 0 })} MB`
  return [head, ...limits.filter((l) => l.passed(dist)).map((l) => `warning: over ${l.host}'s limit of ${l.limit}: ${l.advice}.`)]
}

/**
 * Every file under `dir` and their bytes. Top-level folders in `known` are counted by the
 * writer's tally instead of walked: the pages' 130,000 folders at 100,000 stories took 4.7 s
 * to walk and stat.
 */
export async function measureDist(dir: string, known: { folders: readonly string[]; tally: Tally } = { folders: [], tally: { files: 0, bytes: 0 } }): Promise<Tally> {
  // A level of folders at a time, each level's folders read and then its files stated many
  // at a time: one at a time (or Node's recursive readdir) took 12.7 s of a
  // 100,000-story build's 111 s, for 130,000 folders.
  const skip = new Set(known.folders.map((folder) => path.join(dir, folder)))
  const files: string[] = []
  for (let level = [dir]; level.length; ) {
    const listed = await mapLimit(level, 64, async (folder) => (await fs.readdir(folder, { withFileTypes: true })).map((entry) => ({ entry, full: path.join(folder, entry.name) })))
    level = []
    for (const { entry, full } of listed.flat()) {
      if (entry.isDirectory()) {
        if (!skip.has(full)) level.push(full)
      } else if (entry.isFile()) files.push(full)
    }
  }
  const sizes = await mapLimit(files, 64, async (file) => (await fs.stat(file)).size)
  return { files: files.length + known.tally.files, bytes: sizes.reduce((a, b) => a + b, known.tally.bytes) }
}
