import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { Problem } from '../ingest/problems.ts'

/** The site owner's corrections file, beside the stories. */
export const CORRECTIONS_FILE = 'events.yaml'

/**
 * An event or an article, as the corrections file names it: an article by its URL
 * (`https://…`), an event by its id, or by the URL of any article in it.
 */
export interface Ref {
  ref: string
  line: number
}

/** What a corrections file asks, in the order it is applied. */
export interface Corrections {
  /** Articles taken out of their event: each becomes an event of its own. */
  separate: Ref[]
  /** Groups of events made one; the first named keeps its id. */
  merge: { refs: Ref[]; line: number }[]
  /** The article whose title is the event's headline (it must be in the event). */
  lead: { event: Ref; article: Ref }[]
  /** The event's headline in the site owner's own words. */
  rename: { event: Ref; headline: string }[]
}

export const NO_CORRECTIONS: Corrections = { separate: [], merge: [], lead: [], rename: [] }

const KEYS = ['separate', 'merge', 'lead', 'rename']

/**
 * Reads `events.yaml`. Every entry that cannot be read is reported (file, line, reason) and
 * left out; the others apply. An empty or absent file asks nothing.
 */
export function parseCorrections(text: string, file = CORRECTIONS_FILE): { corrections: Corrections; problems: Problem[] } {
  const corrections: Corrections = { separate: [], merge: [], lead: [], rename: [] }
  const problems: Problem[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true })
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1)
  const report = (node: Node | null | undefined, reason: string, field?: string) =>
    problems.push({ file, kind: 'dropped', line: lineOf(node), reason, ...(field ? { field } : {}) })
  for (const error of doc.errors) problems.push({ file, kind: 'dropped', line: error.linePos?.[0].line ?? 1, reason: `not valid YAML: ${error.message.split('\n')[0]}` })
  if (doc.errors.length) return { corrections, problems }
  const root = doc.contents
  if (root === null || (isScalar(root) && root.value === null)) return { corrections, problems }
  if (!isMap(root)) {
    report(root, `expected the keys ${KEYS.join(', ')}`)
    return { corrections, problems }
  }
  const textOf = (node: unknown): string | null => (isScalar(node) && typeof node.value === 'string' && node.value.trim() ? node.value.trim() : null)
  const ref = (node: unknown): Ref | null => {
    const value = textOf(node)
    return value === null ? null : { ref: value, line: lineOf(node as Node) }
  }

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    const value = pair.value as Node | null
    if (!KEYS.includes(key)) {
      report(pair.key as Node, `unknown key "${key}"; expected ${KEYS.join(', ')}`)
      continue
    }
    if (key === 'separate' || key === 'merge') {
      if (!isSeq(value)) {
        report(value ?? (pair.key as Node), 'expected a list', key)
        continue
      }
      value.items.forEach((item, i) => {
        if (key === 'separate') {
          const r = ref(item)
          if (r) corrections.separate.push(r)
          else report(item as Node, 'expected an article URL', `separate.${i}`)
          return
        }
        const refs = isSeq(item) ? item.items.map(ref) : []
        if (refs.length >= 2 && refs.every((r) => r !== null)) corrections.merge.push({ refs: refs as Ref[], line: lineOf(item as Node) })
        else report(item as Node, 'expected a list of two or more event ids or article URLs', `merge.${i}`)
      })
      continue
    }
    if (!isMap(value)) {
      report(value ?? (pair.key as Node), 'expected "event: value" entries', key)
      continue
    }
    for (const entry of value.items) {
      const event = ref(entry.key)
      const target = textOf(entry.value)
      const field = `${key}.${event?.ref ?? '?'}`
      if (!event || target === null) {
        report((entry.value ?? entry.key) as Node, key === 'lead' ? 'expected "event: article URL"' : 'expected "event: headline"', field)
        continue
      }
      if (key === 'lead') corrections.lead.push({ event, article: { ref: target, line: lineOf(entry.value as Node) } })
      else corrections.rename.push({ event, headline: target })
    }
  }
  return { corrections, problems }
}
