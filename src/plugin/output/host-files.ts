import { CONTENT_SECURITY_POLICY } from '../../shared/csp.ts'

// The hosts' own configuration, written beside the pages, so what `vite preview` sends
// (vite.config.ts) is what a deployed site sends too.

/** The headers every page gets: the same policy and referrer rule as `vite preview`. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
}

const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * `_headers` (Netlify, Cloudflare Pages): security headers on every path; hashed assets
 * and the data edition's folder cached for a year (their names change with their content);
 * the service worker, the manifest and every HTML entry revalidated, so a new edition is
 * seen. Each Cache-Control is on paths of its own: hosts join the values of rules that
 * both match.
 */
export function headersFile(base: string): string {
  const rule = (path: string, headers: Record<string, string>) => [`${base}${path}`, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n')
  const revalidated = ['', 'index.html', '404.html', 'sw.js', 'manifest.webmanifest', 'timeline/*', 'outlets/*', 'saved/*', 'story/*', 'event/*']
  return [
    rule('*', SECURITY_HEADERS),
    rule('assets/*', { 'Cache-Control': IMMUTABLE }),
    rule('data/*', { 'Cache-Control': IMMUTABLE }),
    ...revalidated.map((path) => rule(path, { 'Cache-Control': 'no-cache' })),
    '',
  ].join('\n')
}

/** The files hosts read, by path in `dist/`: `_headers`, and `.nojekyll` (GitHub Pages would otherwise skip files starting with `_`). */
export function hostFiles(base: string): Map<string, string> {
  return new Map([
    ['_headers', headersFile(base)],
    ['.nojekyll', ''],
  ])
}
