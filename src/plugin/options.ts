import path from 'node:path'
import type { ClusterOptions } from './cluster.ts'

export interface ContentOptions {
  /**
   * Folder of story files (`*.txt`, `*.md`, searched recursively).
   * The `SEEDS_DIR` environment variable overrides it.
   * @default 'seeds'
   */
  dir?: string
  /**
   * Fail the build when any file is reported (skipped file or dropped value).
   * `SEEDS_STRICT=1` turns it on.
   * @default false
   */
  strict?: boolean
  /**
   * Rows in the first list-index chunk, the only one the first screen waits for: it
   * bounds the data downloaded before the list shows, whatever the corpus size.
   * @default 100
   */
  firstChunk?: number
  /**
   * Rows in each later list-index chunk (fetched in the background for filtering).
   * @default 5000
   */
  chunkSize?: number
  /**
   * Public origin of the deployed site (e.g. `https://news.example.org`), for each story
   * page's `og:url` and canonical link. The `SITE_URL` environment variable overrides it.
   * Without it those two tags are left out (the other Open Graph tags stay).
   * @default undefined
   */
  siteUrl?: string
  /**
   * How many files are read at once.
   * @default 64
   */
  concurrency?: number
  /**
   * How articles are grouped into events: raise `windowDays` or lower `threshold` when
   * coverage of one event comes apart, the other way when events swallow each other.
   * @default {} (threshold 0.045, windowDays 4, linkBoost 1.5)
   */
  events?: ClusterOptions
}

export type ResolvedContentOptions = Required<Omit<ContentOptions, 'siteUrl'>> & { siteUrl?: string }

export function resolveContentOptions(
  options: ContentOptions = {},
  env: NodeJS.ProcessEnv = process.env,
  root = process.cwd(),
): ResolvedContentOptions {
  const dir = env.SEEDS_DIR || options.dir || 'seeds'
  return {
    dir: path.resolve(root, dir),
    strict: env.SEEDS_STRICT ? env.SEEDS_STRICT !== '0' : (options.strict ?? false),
    firstChunk: options.firstChunk ?? 100,
    chunkSize: options.chunkSize ?? 5000,
    concurrency: options.concurrency ?? 64,
    events: options.events ?? {},
    siteUrl: env.SITE_URL || options.siteUrl,
  }
}
