import path from 'node:path'
import type { ClusterOptions } from './events/cluster.ts'

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
   * Rows per page of the list (`rows/<n>.json`), fetched as the list scrolls to them. The
   * first page is all the first screen waits for, whatever the corpus size.
   * @default 50
   */
  pageSize?: number
  /**
   * Event rows per chunk of the grouped list (`events/<n>.json`).
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
   * How articles are grouped into events (see `ClusterOptions` and docs/events.md): lower
   * `threshold` when coverage of one event comes apart, raise it when events take in other
   * news. Measure a change with `npm run events:score` on labelled data.
   * @default {} (threshold 0.1, cohesion 0.11, windowDays 3, sameOutlet 0.8, linkBoost 1.3)
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
    pageSize: options.pageSize ?? 50,
    chunkSize: options.chunkSize ?? 5000,
    concurrency: options.concurrency ?? 64,
    events: options.events ?? {},
    siteUrl: env.SITE_URL || options.siteUrl,
  }
}
