import type { NewsEvent, Story } from '../../content/types.ts'
import { xml, type Site } from './feeds.ts'
import { eventPage, storyPage } from '../../content/paths.ts'

/** URLs per sitemap file: the protocol's limit. */
export const SITEMAP_LIMIT = 50_000

/**
 * `robots.txt` and the sitemaps (an index, `sitemap.xml`, and files of at most 50,000 URLs)
 * listing the list, the timeline, the outlets page, every story and every event page with its date. The
 * sitemaps only with `SITE_URL` (a sitemap needs absolute URLs); robots.txt always, naming
 * them when they exist (a host's fallback would otherwise answer `/robots.txt` with the
 * app's HTML, which crawlers read as a broken file). Paths are those of the pages'
 * canonical links.
 */
export function sitemapFiles(stories: Iterable<Story>, events: Iterable<NewsEvent>, site: Site, limit = SITEMAP_LIMIT): Map<string, string> {
  const files = new Map<string, string>()
  if (!site.siteUrl) {
    files.set('robots.txt', 'User-agent: *\nAllow: /\n')
    return files
  }
  const origin = site.siteUrl.replace(/\/+$/, '')
  const at = (path: string) => `${origin}${site.base}${path}`
  const urls: [loc: string, lastmod?: string][] = [[at('')], [at('timeline')], [at('outlets')]]
  for (const s of stories) urls.push([at(storyPage(s.id)), s.publishedDateTime.slice(0, 10)])
  for (const e of events) urls.push([at(eventPage(e.id)), e.last ? e.last.slice(0, 10) : undefined])
  const parts: string[] = []
  for (let start = 0; start < urls.length; start += limit) {
    const name = `sitemap-${parts.length + 1}.xml`
    parts.push(name)
    files.set(
      name,
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        ...urls.slice(start, start + limit).map(([loc, lastmod]) => `  <url><loc>${xml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`),
        '</urlset>',
        '',
      ].join('\n'),
    )
  }
  files.set(
    'sitemap.xml',
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...parts.map((name) => `  <sitemap><loc>${xml(at(name))}</loc></sitemap>`),
      '</sitemapindex>',
      '',
    ].join('\n'),
  )
  files.set('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${at('sitemap.xml')}\n`)
  return files
}
