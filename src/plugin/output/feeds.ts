import { DEFAULT_SITE, type SiteIdentity } from '../../shared/site.ts'
import type { Story } from '../../content/types.ts'
import { hasPage, type EventGroup } from '../events/events.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { eventPage, outletFeedFolder, storyPage } from '../../content/paths.ts'

// Feeds for feed readers: Atom 1.0 (`feed.xml`) for the whole corpus, each outlet
// (`outlet/<domain>/`) and the events two outlets or more covered (`events/`), and JSON
// Feed 1.1 (`feed.json`) beside the corpus's and the events'. No feed per event: two files for each of thousands of events were most of
// the build's files (docs/benchmarks.md).
// Written here rather than with the `feed` package: it writes JSON Feed 1.0, puts the
// summary in as HTML (a story's text is untrusted and must stay text) and cannot add an
// entry's second link (the original article). Every value is escaped.

/** Entries per feed: the newest. */
export const FEED_SIZE = 50

/** Where the site is and what it is called: what every feed, page and sitemap of the build says of it. */
export interface Site extends Partial<SiteIdentity> {
  /** Public origin, e.g. `https://news.example.org`; without it links stay site-relative. */
  siteUrl?: string
  base: string
}

/** The site's identity, neutral where the owner gave none. */
export function identityOf(site: Site): SiteIdentity {
  return { name: site.name ?? DEFAULT_SITE.name, description: site.description ?? DEFAULT_SITE.description, lang: site.lang ?? DEFAULT_SITE.lang }
}

interface Entry {
  id: string
  title: string
  summary: string
  /** UTC ISO instant. */
  updated: string
  /** The page in the app. */
  link: string
  /** The original article, when there is one. */
  related?: string
  author?: { name: string; uri: string }
}

interface FeedSpec {
  /** Folder of the feed in `dist/` (`''`, `outlet/nola.com/`, `events/`). */
  folder: string
  title: string
  /** The view it follows in the app (`''` is the list). */
  page: string
  entries: Entry[]
}

/** Every feed file by its path in `dist/`. */
export function feedFiles(newestFirst: readonly Story[], events: readonly EventGroup[], site: Site): Map<string, string> {
  const files = new Map<string, string>()
  const { name } = identityOf(site)
  // Atom for every feed; JSON Feed too for the site's and the events' own. An outlet's feed
  // is Atom alone: every feed reader reads Atom, and a second file for each of hundreds of
  // outlets was a file and 16 KB each (500 files at 10,000 stories).
  const write = (spec: FeedSpec, { json = true } = {}) => {
    files.set(`${spec.folder}feed.xml`, atom(spec, site))
    if (json) files.set(`${spec.folder}feed.json`, jsonFeed(spec, site))
  }
  write({ folder: '', title: `${name}: newest stories`, page: '', entries: newestFirst.slice(0, FEED_SIZE).map((s) => storyEntry(s, site)) })
  const byOutlet = new Map<string, Story[]>()
  for (const s of newestFirst) {
    const list = byOutlet.get(s.provider.domain) ?? []
    if (list.length < FEED_SIZE) list.push(s)
    byOutlet.set(s.provider.domain, list)
  }
  for (const [domain, stories] of byOutlet) {
    write({
      folder: outletFeedFolder(domain),
      title: `${name}: ${stories[0].provider.name}`,
      page: `?provider=${encodeURIComponent(domain)}`,
      entries: stories.map((s) => storyEntry(s, site)),
    }, { json: false })
  }
  const covered = events
    .filter((e) => hasPage(e) && e.last)
    .sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0))
    .slice(0, FEED_SIZE)
  if (covered.length) write({ folder: 'events/', title: `${name}: events covered by two outlets or more`, page: '?group=event', entries: covered.map((e) => eventEntry(e, site)) })
  return files
}

function storyEntry(s: Story, site: Site): Entry {
  const page = `${storyPage(s.id)}/`
  return {
    id: idOf(page, site),
    title: s.title,
    summary: s.excerpt,
    updated: s.publishedDateTime,
    link: url(page, site),
    related: s.webUrl,
    author: { name: s.provider.name, uri: `https://${s.provider.domain}/` },
  }
}

function eventEntry(e: EventGroup, site: Site): Entry {
  const page = `${eventPage(e.id)}/`
  const first = e.articles[0]
  return {
    id: idOf(page, site),
    title: e.headline,
    summary: `${formatCoverage(e.articleCount, e.outletCount)}, first reported by ${first.provider.name}.`,
    updated: e.last,
    link: url(page, site),
  }
}

/** An absolute URL with `SITE_URL`, a site-relative one without. */
function url(path: string, site: Site): string {
  const relative = `${site.base}${path}`
  return site.siteUrl ? `${site.siteUrl.replace(/\/+$/, '')}${relative}` : relative
}

/** Atom and JSON Feed ids must be absolute and stable: the page's URL, or a URN naming it. */
function idOf(path: string, site: Site): string {
  return site.siteUrl ? url(path, site) : `urn:story-reader:${path.replace(/\/$/, '')}`
}

function atom(spec: FeedSpec, site: Site): string {
  const { name, description } = identityOf(site)
  const updated = spec.entries[0]?.updated ?? new Date(0).toISOString()
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(idOf(`${spec.folder}feed.xml`, site))}</id>`,
    `  <title type="text">${xml(spec.title)}</title>`,
    ...(description ? [`  <subtitle type="text">${xml(description)}</subtitle>`] : []),
    `  <updated>${xml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(url(`${spec.folder}feed.xml`, site))}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(url(spec.page, site))}"/>`,
    `  <generator>${xml(name)}</generator>`,
    ...spec.entries.flatMap((e) => [
      '  <entry>',
      `    <id>${xml(e.id)}</id>`,
      `    <title type="text">${xml(e.title)}</title>`,
      `    <updated>${xml(e.updated)}</updated>`,
      `    <published>${xml(e.updated)}</published>`,
      `    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>`,
      ...(e.related ? [`    <link rel="related" href="${xml(e.related)}"/>`] : []),
      ...(e.author ? ['    <author>', `      <name>${xml(e.author.name)}</name>`, `      <uri>${xml(e.author.uri)}</uri>`, '    </author>'] : []),
      `    <summary type="text">${xml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ]
  return lines.join('\n')
}

function jsonFeed(spec: FeedSpec, site: Site): string {
  const { description, lang } = identityOf(site)
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: spec.title,
      ...(description ? { description } : {}),
      home_page_url: url(spec.page, site),
      feed_url: url(`${spec.folder}feed.json`, site),
      language: lang,
      items: spec.entries.map((e) => ({
        id: e.id,
        url: e.link,
        ...(e.related ? { external_url: e.related } : {}),
        title: e.title,
        content_text: e.summary,
        summary: e.summary,
        date_published: e.updated,
        ...(e.author ? { authors: [{ name: e.author.name, url: e.author.uri }] } : {}),
      })),
    },
    null,
    2,
  )
}

/**
 * Text for XML: the five special characters escaped, a carriage return as a reference (a
 * parser would turn a raw one into a line feed), characters XML cannot hold dropped.
 */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"'\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;' })[c]!)
}
