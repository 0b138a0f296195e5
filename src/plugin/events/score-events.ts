/**
 * How well a grouping agrees with labelled events: B-cubed precision, recall and F1 over the
 * labelled articles (what share of an article's event belongs with it, and what share of its
 * labelled event the grouping found), pairwise precision and recall (which B-cubed hides
 * where most articles stand alone), the largest event and the wrong joins that cost most.
 * The same figures as `../shared/events-dev/score.py`, in the project, so tests can hold floors.
 */

/** One labelled article: how the labels name it, and the event the labels put it in. */
export interface Label {
  url: string
  title: string
  story: string
}

/** One article as the build grouped it (a row of `events.csv`). */
export interface Assigned {
  event: string
  url: string
  title: string
}

export interface WrongJoin {
  event: string
  /** Labelled articles in the event, and how many labelled stories they come from. */
  size: number
  stories: number
  /** A title from each labelled story in the event, the largest first. */
  titles: string[]
}

export interface Score {
  found: number
  total: number
  events: number
  labelled: number
  largest: number
  precision: number
  recall: number
  f1: number
  pairPrecision: number
  pairRecall: number
  /** Events mixing labelled stories, most wrong pairs first. */
  worst: WrongJoin[]
}

/** `https://www.x.com/a/` and `http://x.com/a` are one article, as in score.py. */
export function looseUrl(url: string): string {
  return url.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '')
}

const pairs = (n: number) => (n * (n - 1)) / 2

export function scoreEvents(assigned: readonly Assigned[], labels: readonly Label[], worstCount = 10): Score {
  const byUrl = new Map<string, string>()
  const byLoose = new Map<string, string>()
  const byTitle = new Map<string, string>()
  for (const a of assigned) {
    if (!byUrl.has(a.url)) byUrl.set(a.url, a.event)
    if (!byLoose.has(looseUrl(a.url))) byLoose.set(looseUrl(a.url), a.event)
    if (!byTitle.has(a.title.trim())) byTitle.set(a.title.trim(), a.event)
  }
  // Each found label, with the event the grouping gave it.
  const found: { label: Label; event: string }[] = []
  for (const label of labels) {
    const event = byUrl.get(label.url) ?? byLoose.get(looseUrl(label.url)) ?? byTitle.get(label.title.trim())
    if (event !== undefined) found.push({ label, event })
  }
  const eventSize = new Map<string, number>()
  const storySize = new Map<string, number>()
  const cell = new Map<string, number>()
  const cellKey = (event: string, story: string) => `${event}\u0000${story}`
  for (const { label, event } of found) {
    eventSize.set(event, (eventSize.get(event) ?? 0) + 1)
    storySize.set(label.story, (storySize.get(label.story) ?? 0) + 1)
    const k = cellKey(event, label.story)
    cell.set(k, (cell.get(k) ?? 0) + 1)
  }
  let p = 0
  let r = 0
  for (const { label, event } of found) {
    const both = cell.get(cellKey(event, label.story))!
    p += both / eventSize.get(event)!
    r += both / storySize.get(label.story)!
  }
  const n = found.length
  const precision = n ? p / n : 0
  const recall = n ? r / n : 0
  const truePairs = [...cell.values()].reduce((s, k) => s + pairs(k), 0)
  const joinedPairs = [...eventSize.values()].reduce((s, k) => s + pairs(k), 0)
  const labelledPairs = [...storySize.values()].reduce((s, k) => s + pairs(k), 0)
  return {
    found: n,
    total: labels.length,
    events: eventSize.size,
    labelled: storySize.size,
    // A reduce, not Math.max(...spread): a large grouping has more events than arguments fit.
    largest: [...eventSize.values()].reduce((m, k) => Math.max(m, k), 0),
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    pairPrecision: joinedPairs ? truePairs / joinedPairs : 1,
    pairRecall: labelledPairs ? truePairs / labelledPairs : 1,
    worst: wrongJoins(found, worstCount),
  }
}

function wrongJoins(found: readonly { label: Label; event: string }[], count: number): WrongJoin[] {
  const byEvent = new Map<string, Map<string, Label[]>>()
  for (const { label, event } of found) {
    const stories = byEvent.get(event) ?? byEvent.set(event, new Map()).get(event)!
    const list = stories.get(label.story) ?? stories.set(label.story, []).get(label.story)!
    list.push(label)
  }
  const out: (WrongJoin & { wrong: number })[] = []
  for (const [event, stories] of byEvent) {
    if (stories.size < 2) continue
    const sizes = [...stories.values()].map((l) => l.length)
    const size = sizes.reduce((s, k) => s + k, 0)
    const wrong = pairs(size) - sizes.reduce((s, k) => s + pairs(k), 0)
    const titles = [...stories.values()].sort((a, b) => b.length - a.length).map((l) => l[0].title)
    out.push({ event, size, stories: stories.size, titles, wrong })
  }
  out.sort((a, b) => b.wrong - a.wrong || (a.event < b.event ? -1 : 1))
  return out.slice(0, count).map(({ wrong: _, ...join }) => join)
}

/** `labels.tsv`: `url<TAB>title<TAB>story` a line; blank lines are skipped. */
export function parseLabels(text: string): Label[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim())
    .map((line, i) => {
      const [url, title, story] = line.split('\t')
      if (story === undefined) throw new Error(`labels line ${i + 1}: expected url<TAB>title<TAB>story`)
      return { url, title, story }
    })
}

export function formatScore(name: string, s: Score): string {
  const f = (x: number) => x.toFixed(3)
  const lines = [
    `${name}: ${s.found}/${s.total} articles found, ${s.events} events (largest ${s.largest}) vs ${s.labelled} labelled`,
    `  B-cubed precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`,
    `  pairwise precision ${f(s.pairPrecision)}  recall ${f(s.pairRecall)}`,
  ]
  if (s.worst.length) lines.push('  worst wrong joins:')
  for (const w of s.worst) lines.push(`    ${w.event} (${w.size} articles from ${w.stories} labelled stories): ${w.titles.slice(0, 3).map((t) => JSON.stringify(t)).join(' + ')}`)
  return lines.join('\n')
}

/** RFC 4180 records (as `csv.ts` writes them): quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      record.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      record.push(field)
      records.push(record)
      record = []
      field = ''
    } else field += c
  }
  if (field || record.length) records.push([...record, field])
  return records
}

/** `events.csv`'s rows as assigned articles. */
export function assignedFromCsv(text: string): Assigned[] {
  const [header, ...rows] = parseCsv(text)
  const column = (name: string) => {
    const k = header?.indexOf(name) ?? -1
    if (k < 0) throw new Error(`events.csv lacks the column ${name}`)
    return k
  }
  const [event, url, title] = [column('event_id'), column('article_url'), column('article_title')]
  return rows.map((r) => ({ event: r[event], url: r[url], title: r[title] }))
}
