// A story's or an event's data travels inside its own HTML entry (`story/<id>/index.html`),
// so the build writes one file per page instead of a page and a JSON file. Shared by the
// plugin, which embeds it, and the app, which reads it from the page it loaded or from an
// entry it fetched.

/** The id of the element holding the page's data: what tells an entry from a host's fallback page. */
export const PAGE_DATA_ID = 'id="page-data"'
/** The element holding the page's data: JSON, which the browser never runs. */
const OPEN = `<script type="application/json" ${PAGE_DATA_ID}>`
const CLOSE = '</script>'

/**
 * JSON to put inside a `<script>` element: `<`, `>`, `&` and the JavaScript line breaks are
 * written as JSON escapes, so no text from a story can close the element early.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** `html` with `data` inside, before `</body>`. */
export function embedPageData(html: string, data: unknown): string {
  // A replacer function: a story's `$&` must stay text, not a replacement pattern.
  return html.replace('</body>', () => `${OPEN}${scriptJson(data)}${CLOSE}\n  </body>`)
}

/** Why an entry's data could not be read. */
export type PageDataProblem = 'missing' | 'corrupt'

/**
 * The data embedded in an HTML entry: `missing` when the page has none (a host's fallback
 * page, a page of another kind), `corrupt` when it is not valid JSON.
 */
export function readPageData<T>(html: string): { ok: true; data: T } | { ok: false; problem: PageDataProblem } {
  const start = html.indexOf(OPEN)
  if (start < 0) return { ok: false, problem: 'missing' }
  const end = html.indexOf(CLOSE, start + OPEN.length)
  if (end < 0) return { ok: false, problem: 'corrupt' }
  try {
    return { ok: true, data: JSON.parse(html.slice(start + OPEN.length, end)) as T }
  } catch {
    return { ok: false, problem: 'corrupt' }
  }
}
