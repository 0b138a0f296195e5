import { isDay } from './dates.ts'
import type { Filters } from './url-state.ts'

// The search box understands the filters' own words: `provider:gizmodo.com`,
// `from:2020-11-01`, `to:2020-12-31`, `quality:>=70`. They become the URL filters (shown
// as chips); the rest of the text is the query. Quoted text is always query.

export type BoxFilters = Pick<Filters, 'providers' | 'from' | 'to' | 'minQuality'>

const DOMAIN = /^[a-z0-9.-]{1,253}$/
const KEYS = 'provider|from|to|quality'
const FILTER_WORD = new RegExp(`^(${KEYS}):(.+)$`, 'i')
/** A filter word still being typed (`provider:gizm`): it waits for a space or Enter. */
const UNFINISHED = new RegExp(`(^|\\s)(${KEYS}):\\S*$`, 'i')

export function endsInUnfinishedFilter(text: string): boolean {
  return UNFINISHED.test(text)
}

/** The box's text split into its filter words and the text query (words and "phrases"). */
export function parseBox(text: string): { q: string; filters: Partial<BoxFilters> } {
  const filters: Partial<BoxFilters> = {}
  const words: string[] = []
  for (const token of text.match(/"[^"]*"?|\S+/g) ?? []) {
    const [, key, value] = FILTER_WORD.exec(token) ?? []
    const lower = key?.toLowerCase()
    if (lower === 'provider' && DOMAIN.test(value.toLowerCase())) filters.providers = [...(filters.providers ?? []), value.toLowerCase()]
    else if ((lower === 'from' || lower === 'to') && isDay(value)) filters[lower] = value
    else if (lower === 'quality' && /^(>=)?\d{1,4}$/.test(value)) filters.minQuality = Number(value.replace('>=', ''))
    else words.push(token)
  }
  return { q: words.join(' '), filters }
}

/** The filters the box understands, as its words, each with the change that removes it (the chips). */
export function filterWords(filters: BoxFilters): [word: string, without: Partial<BoxFilters>][] {
  return [
    ...filters.providers.map((p): [string, Partial<BoxFilters>] => [`provider:${p}`, { providers: filters.providers.filter((d) => d !== p) }]),
    ...(filters.from ? [[`from:${filters.from}`, { from: undefined }] as [string, Partial<BoxFilters>]] : []),
    ...(filters.to ? [[`to:${filters.to}`, { to: undefined }] as [string, Partial<BoxFilters>]] : []),
    ...(filters.minQuality !== undefined ? [[`quality:>=${filters.minQuality}`, { minQuality: undefined }] as [string, Partial<BoxFilters>]] : []),
  ]
}

/** The filters as the box writes them, then the query: `parseBox` reads it back to the same filters. */
export function formatBox(filters: BoxFilters & { q?: string }): string {
  const words = filterWords({ ...filters, providers: [...filters.providers].sort() }).map(([word]) => word)
  return [...words, ...(filters.q ? [filters.q] : [])].join(' ')
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
