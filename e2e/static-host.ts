import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

// A static host as Netlify or Cloudflare Pages behave: files from a folder, `dir/` answered
// by `dir/index.html`, unknown paths by `404.html` with status 404, and the headers of the
// folder's own `_headers` file (not vite preview's), joined where several rules match.

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.bin': 'application/octet-stream',
}

/** `_headers` rules: a path pattern (`*` matches anything) and its headers. */
export function parseHeaders(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] })
    } else {
      const at = line.indexOf(':')
      rules[rules.length - 1].headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()])
    }
  }
  return rules
}

export async function serveStatic(dir: string, port: number): Promise<Server> {
  const rules = parseHeaders(await readFile(path.join(dir, '_headers'), 'utf8'))
  const server = createServer(async (req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0])
    let file = path.join(dir, url)
    if (!file.startsWith(dir)) file = path.join(dir, '404.html')
    let status = 200
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html')
      await stat(file)
    } catch {
      file = path.join(dir, '404.html')
      status = 404
    }
    const joined = new Map<string, string[]>()
    for (const rule of rules) if (rule.pattern.test(url)) for (const [k, v] of rule.headers) joined.set(k, [...(joined.get(k) ?? []), v])
    for (const [k, values] of joined) res.setHeader(k, values.join(', '))
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
    res.writeHead(status)
    res.end(await readFile(file))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return server
}
