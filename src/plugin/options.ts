import path from 'node:path'
import type { ClusterOptions } from './events/cluster.ts'
import { DEFAULT_SITE, type SiteIdentity } from '../shared/site.ts'

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
   * The site's identity: its `name` (`SITE_NAME`), `description` (`SITE_DESCRIPTION`) and
   * `lang` (`SITE_LANG`), and the public origin it is deployed at, `url` (`SITE_URL`, e.g.
   * `https://news.example.org`: canonical links, `og:url`, absolute feed links, sitemaps;
   * without it those are left out or site-relative). The environment variables win.
   * @default { name: 'News reader', description: '', lang: 'en' }
   */
  site?: Partial<SiteIdentity> & { url?: string }
  /** The same as `site.url` (kept for configurations written before `site`). */
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

export type ResolvedContentOptions = Required<Omit<ContentOptions, 'siteUrl' | 'site'>> & { site: SiteIdentity; siteUrl?: string }

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
    site: resolveSite(options.site, env),
    siteUrl: env.SITE_URL || options.site?.url || options.siteUrl,
  }
}

/** The site's identity from the options and the environment (which wins; an empty variable, as CI gives an unset one, says nothing), neutral where neither says. */
export function resolveSite(site: Partial<SiteIdentity> = {}, env: NodeJS.ProcessEnv = process.env): SiteIdentity {
  return {
    name: env.SITE_NAME?.trim() || site.name || DEFAULT_SITE.name,
    description: env.SITE_DESCRIPTION?.trim() || (site.description ?? DEFAULT_SITE.description),
    lang: env.SITE_LANG?.trim() || site.lang || DEFAULT_SITE.lang,
  }
}
