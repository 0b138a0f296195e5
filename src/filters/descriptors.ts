import type { EventRow } from '../content/types.ts'
import { formatDate } from '../lib/format.ts'
import { topicSpellings, type StoryIndex } from '../lib/story-index.ts'
import { dayNumber, isDay } from '../shared/dates.ts'
import type { FilterKey, Filters } from './filters.ts'

// Each filter described once: its URL parameter, its chips, its words in the search box,
// and how it matches a story, an event and an article (a search is the words' matches
// under the same story tests). URL state,
// chips, "is anything filtered", the box's syntax and every matcher are made from this
// table (url-state.ts, summary.ts, query-syntax.ts, match.ts): adding a filter is one entry.

/** The counts taken without a filter, to show its own choices: per outlet, per day, per topic. */
export type Facet = 'outlet' | 'day' | 'topic'
/** A filter in a reader's words, and the change that removes it. */
export type Chip = [label: string, without: Partial<Filters>]
type Param = [name: string, value: string]
export type StoryTest = (position: number) => boolean
/** One article: its outlet's domain, its instant, its quality, whether it is still on its source site. */
export type ArticleTest = (domain: string, iso: string | null, quality: number | null, published: boolean) => boolean
export type EventTest = (row: EventRow) => boolean

export interface FilterDescriptor {
  /** The fields of `Filters` it owns. */
  keys: readonly FilterKey[]
  /** The facet counted without it. */
  facet?: Facet
  /** Its value from the URL query: a malformed value is ignored, never fatal. */
  read(params: URLSearchParams): Partial<Filters>
  /** Its URL parameters, none when off, in a stable order: equal views share one URL. */
  write(f: Filters): Param[]
  /** Its chips, none when off: a filter is set when it has a chip. */
  chips(f: Filters, outletName: (domain: string) => string): Chip[]
  /** Its words in the search box (`outlet:nola.com`): all are read, the first is written. */
  words?: { names: readonly string[]; read(name: string, value: string): Partial<Filters> | null; write(f: Filters): string[] }
  /** Its test on the story index's positions; null when off. */
  story?(f: Filters, index: StoryIndex): StoryTest | null
  /** Its test on one article (an event's, or one known only as a related entry); null when off. */
  article?(f: Filters): ArticleTest | null
  /** Its test on an event as a whole; null when off. */
  event?(f: Filters): EventTest | null
  /** Set, no article known only as a related entry matches (they have no topics). */
  noExternal?: boolean
}

const DOMAIN = /^[a-z0-9.-]{1,253}$/
const flag = (value: string | null) => ['1', 'true'].includes(value ?? '')
const dayLabel = (day: string) => formatDate(`${day}T12:00:00Z`)

const outlets: FilterDescriptor = {
  keys: ['providers'],
  facet: 'outlet',
  read: (p) => ({ providers: [...new Set(p.getAll('provider').map((d) => d.trim().toLowerCase()))].filter((d) => DOMAIN.test(d)) }),
  write: (f) => [...f.providers].sort().map((d) => ['provider', d]),
  chips: (f, name) => f.providers.map((d) => [`Outlet: ${name(d)}`, { providers: f.providers.filter((o) => o !== d) }]),
  // Every label says "Outlet"; the story files say "provider", so that word works too.
  words: {
    names: ['outlet', 'provider'],
    read: (_, value) => (DOMAIN.test(value.toLowerCase()) ? { providers: [value.toLowerCase()] } : null),
    write: (f) => [...f.providers].sort().map((d) => `outlet:${d}`),
  },
  story(f, index) {
    if (f.providers.length === 0) return null
    const wanted = new Set(f.providers)
    const chosen = Uint8Array.from(index.domains, (d) => (wanted.has(d) ? 1 : 0))
    return (i) => chosen[index.outlet[i]] === 1
  },
  article(f) {
    const wanted = new Set(f.providers)
    return wanted.size === 0 ? null : (domain) => wanted.has(domain)
  },
}

const topic: FilterDescriptor = {
  keys: ['topic'],
  facet: 'topic',
  read(p) {
    const topic = p.get('topic')?.replace(/\s+/g, ' ').trim().slice(0, 100)
    return topic ? { topic } : {}
  },
  write: (f) => (f.topic ? [['topic', f.topic]] : []),
  chips: (f) => (f.topic ? [[`Topic: ${f.topic}`, { topic: undefined }]] : []),
  story(f, index) {
    if (!f.topic) return null
    // An unknown topic matches nothing: the view says so rather than ignoring the filter.
    const spellings = new Set(topicSpellings(index, f.topic))
    const wanted = Uint8Array.from(index.topicNames, (name) => (spellings.has(name) ? 1 : 0))
    return (i) => {
      for (let k = index.topicStart[i]; k < index.topicStart[i + 1]; k++) if (wanted[index.topicList[k]] === 1) return true
      return false
    }
  },
  event(f) {
    const wanted = f.topic?.toLowerCase()
    return wanted === undefined ? null : (row) => !!row.topics?.some((t) => t.toLowerCase() === wanted)
  },
  noExternal: true,
}

const dates: FilterDescriptor = {
  keys: ['from', 'to'],
  facet: 'day',
  read(p) {
    let from = dayParam(p.get('from'))
    let to = dayParam(p.get('to'))
    // A range given backwards is read forwards.
    if (from && to && from > to) [from, to] = [to, from]
    return { ...(from ? { from } : {}), ...(to ? { to } : {}) }
  },
  write: (f) => [...(f.from ? [['from', f.from] as Param] : []), ...(f.to ? [['to', f.to] as Param] : [])],
  chips: (f) => [...(f.from ? [[`From ${dayLabel(f.from)}`, { from: undefined }] as Chip] : []), ...(f.to ? [[`To ${dayLabel(f.to)}`, { to: undefined }] as Chip] : [])],
  words: {
    names: ['from', 'to'],
    read: (name, value) => (isDay(value) ? { [name]: value } : null),
    write: (f) => [...(f.from ? [`from:${f.from}`] : []), ...(f.to ? [`to:${f.to}`] : [])],
  },
  story(f, index) {
    if (!f.from && !f.to) return null
    const from = f.from ? dayNumber(f.from) : -Infinity
    const to = f.to ? dayNumber(f.to) : Infinity
    return (i) => index.day[i] >= from && index.day[i] <= to
  },
  article(f) {
    if (!f.from && !f.to) return null
    // Inclusive UTC days as instants, to compare with `publishedDateTime`.
    const fromIso = f.from ? `${f.from}T00:00:00.000Z` : null
    const toIso = f.to ? `${f.to}T23:59:59.999Z` : null
    return (_, iso) => iso !== null && (!fromIso || iso >= fromIso) && (!toIso || iso <= toIso)
  },
}

const quality: FilterDescriptor = {
  keys: ['minQuality'],
  read(p) {
    const raw = p.get('minQuality')
    const n = Number(raw)
    return raw && Number.isFinite(n) && n >= 0 ? { minQuality: Math.round(n) } : {}
  },
  write: (f) => (f.minQuality === undefined ? [] : [['minQuality', String(f.minQuality)]]),
  chips: (f) => (f.minQuality === undefined ? [] : [[`Quality ${f.minQuality}+`, { minQuality: undefined }]]),
  words: {
    names: ['quality'],
    read: (_, value) => (/^(>=)?\d{1,4}$/.test(value) ? { minQuality: Number(value.replace('>=', '')) } : null),
    write: (f) => (f.minQuality === undefined ? [] : [`quality:>=${f.minQuality}`]),
  },
  story(f, index) {
    const min = f.minQuality
    return min === undefined ? null : (i) => index.quality[i] >= min
  },
  article(f) {
    const min = f.minQuality
    return min === undefined ? null : (_, __, q) => q !== null && q >= min
  },
}

const coverage: FilterDescriptor = {
  keys: ['minOutlets'],
  read(p) {
    const n = Number(p.get('minOutlets'))
    return Number.isInteger(n) && n >= 2 && n <= 1000 ? { minOutlets: n } : {}
  },
  write: (f) => (f.minOutlets === undefined ? [] : [['minOutlets', String(f.minOutlets)]]),
  chips: (f) => (f.minOutlets === undefined ? [] : [[`Covered by ${f.minOutlets}+ outlets`, { minOutlets: undefined }]]),
  story(f, index) {
    const min = f.minOutlets
    return min === undefined ? null : (i) => index.outlets[i] >= min
  },
  event(f) {
    const min = f.minOutlets
    return min === undefined ? null : (row) => row.outletCount >= min
  },
}

const published: FilterDescriptor = {
  keys: ['publishedOnly'],
  read: (p) => (flag(p.get('published')) ? { publishedOnly: true } : {}),
  write: (f) => (f.publishedOnly ? [['published', '1']] : []),
  chips: (f) => (f.publishedOnly ? [['Still on the source site', { publishedOnly: false }]] : []),
  story: (f, index) => (f.publishedOnly ? (i) => index.published[i] === 1 : null),
  article: (f) => (f.publishedOnly ? (_, __, ___, isPublished) => isPublished : null),
}

// Matched by what this device remembers (useUnreadOnly), not by the stories' data.
const unread: FilterDescriptor = {
  keys: ['unread'],
  read: (p) => (flag(p.get('unread')) ? { unread: true } : {}),
  write: (f) => (f.unread ? [['unread', '1']] : []),
  chips: (f) => (f.unread ? [['Unread only', { unread: false }]] : []),
}

/** Every filter, in the order of its chips and its URL parameters. */
export const FILTERS: readonly FilterDescriptor[] = [outlets, topic, dates, quality, coverage, published, unread]

function dayParam(value: string | null): string | undefined {
  return value && isDay(value) ? value : undefined
}
