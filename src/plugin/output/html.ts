import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts'
import { DATA_VERSION_META } from '../../shared/data-version.ts'
import type { NewsEvent, Story } from '../../content/types.ts'
import { formatCoverage } from '../../content/coverage.ts'
import { eventPage, storyPage } from '../../content/paths.ts'
import { identityOf, type Site } from './feeds.ts'
import type { SiteIdentity } from '../../shared/site.ts'
import { scriptJson } from '../../shared/page-data.ts'

const DESCRIPTION_MAX = 200

/** What a page's HTML entry says of it before the app runs. */
interface Entry {
  title: string
  description: string
  /** The route, e.g. `story/<id>`. */
  path: string
  /** Set for an article's page (story, event); a page of the site has none, and is a website to Open Graph. */
  publishedTime?: string
  image?: { url: string; width: number | null; height: number | null }
}

/**
 * One story's HTML entry: the app's index.html with the story's title, description and
 * Open Graph tags, so a link pasted in a chat previews the story and a deep link works on
 * a static host with no rewrite rules. Every value is escaped: nothing from a story file
 * becomes markup.
 */
export function storyHtml(template: string, story: Story, page: Site): string {
  const path = storyPage(story.id)
  const html = entryHtml(
    template,
    { title: story.title, description: story.excerpt || story.title, path, publishedTime: story.publishedDateTime, image: story.images[0] },
    page,
  )
  const data = jsonLd(newsArticle(story, page.siteUrl ? canonical(page, path) : undefined))
  // Replacer functions throughout: a story's `$&` or `$'` must stay text, not a replacement pattern.
  return html.replace('</head>', () => `  ${data}\n  </head>`)
}

/** schema.org NewsArticle for search engines: what the story is, who published it, where the original is. */
export function newsArticle(story: Story, url?: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: truncate(story.title, 110),
    description: truncate(story.excerpt || story.title, DESCRIPTION_MAX),
    datePublished: story.publishedDateTime,
    publisher: { '@type': 'Organization', name: story.provider.name, url: `https://${story.provider.domain}/` },
    ...(story.images.length ? { image: story.images.map((i) => i.url) } : {}),
    ...(url ? { url, mainEntityOfPage: url } : {}),
    isBasedOn: story.webUrl,
  }
}

/** Structured data as a JSON-LD block: data, not script (the CSP does not run it). */
export function jsonLd(data: unknown): string {
  return `<script type="application/ld+json">${scriptJson(data)}</script>`
}

function canonical(page: Site, path: string): string {
  return `${page.siteUrl!.replace(/\/+$/, '')}${page.base}${path}`
}

/** One event's HTML entry: its headline, and a description saying who covered it. */
export function eventHtml(template: string, event: NewsEvent, page: Site): string {
  const first = event.articles[0]
  const description =
    formatCoverage(event.articleCount, event.outletCount) +
    (first?.publishedDateTime ? `, first reported by ${first.provider.name} on ${first.publishedDateTime.slice(0, 10)}.` : '.')
  return entryHtml(template, { title: event.headline, description, path: eventPage(event.id), publishedTime: event.first }, page)
}

/** The outlets page's HTML entry: its own title and description for link previews. */
export function outletsHtml(template: string, page: Site): string {
  return entryHtml(
    template,
    { title: 'Outlets', description: 'Every outlet of this corpus: the events it covered, how often it reported first, and its median lag after the first report.', path: 'outlets' },
    page,
  )
}

function entryHtml(template: string, entry: Entry, page: Site): string {
  const description = truncate(entry.description, DESCRIPTION_MAX)
  const url = page.siteUrl ? canonical(page, entry.path) : undefined
  const image = entry.image
  const tags = [
    meta('property', 'og:type', entry.publishedTime ? 'article' : 'website'),
    meta('property', 'og:site_name', identityOf(page).name),
    meta('property', 'og:title', entry.title),
    meta('property', 'og:description', description),
    ...(entry.publishedTime ? [meta('property', 'article:published_time', entry.publishedTime)] : []),
    ...(image ? [meta('property', 'og:image', image.url)] : []),
    ...(image?.width ? [meta('property', 'og:image:width', String(image.width))] : []),
    ...(image?.height ? [meta('property', 'og:image:height', String(image.height))] : []),
    ...(url ? [meta('property', 'og:url', url), `<link rel="canonical" href="${escapeHtml(url)}" />`] : []),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
  ]
  return template
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(entry.title)} · ${escapeHtml(identityOf(page).name)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => meta('name', 'description', description))
    .replace('</head>', () => `  ${tags.join('\n    ')}\n  </head>`)
}

function meta(attr: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length) + '…'
}

/**
 * The built index.html as the template of every HTML entry: its Content-Security-Policy
 * first in <head> (a policy covers only what follows it), the name of the build's data
 * folder (the app reads it to find its data), and the site's feeds for feed readers.
 */
export function htmlTemplate(html: string, version: string, base = '/', name = identityOf({ base }).name): string {
  const title = escapeHtml(`${name}: newest stories`)
  const feeds = [
    `<link rel="alternate" type="application/atom+xml" title="${title}" href="${escapeHtml(base)}feed.xml" />`,
    `<link rel="alternate" type="application/feed+json" title="${title}" href="${escapeHtml(base)}feed.json" />`,
  ]
  return html
    .replace(/<head>/, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}" />`)
    .replace('</head>', `  <meta name="${DATA_VERSION_META}" content="${escapeHtml(version)}" />\n    ${feeds.join('\n    ')}\n  </head>`)
}

/**
 * The site's identity in the app's index.html (at build and in dev): its language, its
 * name as the title, its description. Every entry is made from this page.
 */
export function siteHead(html: string, site: SiteIdentity): string {
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(site.lang)}"`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(site.name)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => meta('name', 'description', site.description))
    .replace('</head>', () => `  ${meta('name', 'application-name', site.name)}\n  </head>`)
}
