import fs from 'node:fs/promises'
import path from 'node:path'

// What a deploy will carry, said at the end of every build, with the well-known hosts'
// limits it passes and what to do about them.

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

/** Every file under `dir` and their bytes. */
export async function measureDist(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    files++
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size
  }
  return { files, bytes }
}
