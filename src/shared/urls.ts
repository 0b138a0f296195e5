// Pure URL helpers shared by the content plugin (Node) and the app (browser).

const AMP_QUERY_KEYS = new Set(['amp', '_amp', 'outputtype', 'amp_js_v', 'usqp'])
const TRACKING_PREFIX = 'utm_'

/**
 * The URL as an absolute `http:`/`https:` href, or null for anything else
 * (`javascript:`, `data:`, relative, unparsable). WHATWG parsing strips the tabs,
 * newlines and case tricks that would otherwise smuggle a scheme past a prefix check.
 */
export function safeHttpUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  const text = raw.trim()
  if (!text) return null
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (!url.hostname) return null
  return url.href
}

/**
 * A key under which every variant of one article's URL compares equal: scheme,
 * host case, `www.`/`amp.` hosts, trailing slashes, AMP paths and query flags, the
 * Google AMP cache, fragments and `utm_` tracking all fold away.
 */
export function urlKey(href: string): string | null {
  // One parse: this runs for every related entry of the corpus.
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return null
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null
  const inner = ampCacheTarget(url)
  if (inner) url = inner
  const host = url.hostname.replace(/^(www\d?|amp|m)\./, '')
  let path = url.pathname
    .replace(/\.amp\.html$/i, '.html')
    .replace(/\/amp\/?$/i, '/')
    .replace(/^\/amp\//i, '/')
    .replace(/\/+$/, '')
  if (path === '') path = '/'
  const params = url.search
    ? [...url.searchParams].filter(([k]) => !AMP_QUERY_KEYS.has(k.toLowerCase()) && !k.toLowerCase().startsWith(TRACKING_PREFIX))
    : []
  const query = params.length ? '?' + new URLSearchParams(params).toString() : ''
  const port = url.port ? ':' + url.port : ''
  return host + port + path + query
}

/** `https://www-example-com.cdn.ampproject.org/c/s/www.example.com/a` → `https://www.example.com/a` */
function ampCacheTarget(url: URL): URL | null {
  if (!url.hostname.endsWith('.cdn.ampproject.org')) return null
  const match = /^\/[a-z]\/(s\/)?(.+)$/i.exec(url.pathname)
  if (!match) return null
  try {
    return new URL((match[1] ? 'https://' : 'http://') + match[2] + url.search)
  } catch {
    return null
  }
}

const VIDEO_SITES: Record<string, string> = { 'youtube.com': 'YouTube', 'youtu.be': 'YouTube', 'vimeo.com': 'Vimeo' }

/**
 * What the main link of a story does, said plainly: "Read at Gizmodo" when it goes to the
 * outlet's own site, "Watch on YouTube" for a video site, otherwise "Open at <host>" (a
 * story filed under one outlet may link elsewhere: the corpus has YouTube links filed
 * under Microsoft).
 */
export function readAction(webUrl: string, outlet: { name: string; domain: string }): string {
  let host: string
  try {
    host = new URL(webUrl).hostname.toLowerCase().replace(/^(www|m|amp)\./, '')
  } catch {
    return `Read at ${outlet.name}`
  }
  const domain = outlet.domain.toLowerCase().replace(/^www\./, '')
  if (host === domain || host.endsWith(`.${domain}`) || domain.endsWith(`.${host}`)) return `Read at ${outlet.name}`
  const video = Object.entries(VIDEO_SITES).find(([site]) => host === site || host.endsWith(`.${site}`))
  if (video) return `Watch on ${video[1]}`
  return `Open at ${host}`
}
