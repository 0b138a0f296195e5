import { FILTERS } from './descriptors.ts'
import type { Filters } from './filters.ts'

// The search box understands the filters' own words (descriptors.ts): `outlet:gizmodo.com`,
// `from:2020-11-01`, `to:2020-12-31`, `quality:>=70`. They become the URL filters (shown
// as chips); the rest of the text is the query. Quoted text is always query.

const WORDS = new Map(FILTERS.flatMap((d) => (d.words ? d.words.names.map((name) => [name, d.words!] as const) : [])))
const NAMES = [...WORDS.keys()].join('|')
const FILTER_WORD = new RegExp(`^(${NAMES}):(.+)$`, 'i')
/** A filter word still being typed (`outlet:gizm`): it waits for a space or Enter. */
const UNFINISHED = new RegExp(`(^|\\s)(${NAMES}):\\S*$`, 'i')

export function endsInUnfinishedFilter(text: string): boolean {
  return UNFINISHED.test(text)
}

/** The box's text split into its filter words and the text query (words and "phrases"). */
export function parseBox(text: string): { q: string; filters: Partial<Filters> } {
  const filters: Partial<Filters> = {}
  const words: string[] = []
  for (const token of text.match(/"[^"]*"?|\S+/g) ?? []) {
    const [, name, value] = FILTER_WORD.exec(token) ?? []
    const patch = name ? WORDS.get(name.toLowerCase())?.read(name.toLowerCase(), value) : null
    if (patch) Object.assign(filters, patch, patch.providers ? { providers: [...(filters.providers ?? []), ...patch.providers] } : {})
    else words.push(token)
  }
  return { q: words.join(' '), filters }
}

/** The filters as the box writes them, then the query: `parseBox` reads it back to the same filters. */
export function formatBox(filters: Filters): string {
  return [...FILTERS.flatMap((d) => d.words?.write(filters) ?? []), ...(filters.q ? [filters.q] : [])].join(' ')
}

/** What typing `text` in the box does to the filters: its filter words add to them, its query replaces `q`. */
export function applyBox(text: string, current: Filters): Partial<Filters> {
  const { q, filters } = parseBox(text)
  return {
    ...filters,
    ...(filters.providers ? { providers: [...new Set([...current.providers, ...filters.providers])] } : {}),
    q: q || undefined,
  }
}

/**
 * The box's placeholder, made from this corpus: its largest outlet, a day inside its span
 * (the first of its last month) and one of its quality steps, so every example would find
 * something here.
 */
export function boxExample(corpus: { outlet?: string; span?: { from: string; to: string } | null; qualityStep?: number }): string {
  const { outlet, span, qualityStep } = corpus
  const day = span ? [`${span.to.slice(0, 7)}-01`, span.from.slice(0, 10)].reduce((a, b) => (a > b ? a : b)) : undefined
  return ['Words', '“a phrase”', ...(outlet ? [`outlet:${outlet}`] : []), ...(day ? [`from:${day}`] : []), ...(qualityStep !== undefined ? [`quality:>=${qualityStep}`] : [])].join(', ')
}
