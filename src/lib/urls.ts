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
