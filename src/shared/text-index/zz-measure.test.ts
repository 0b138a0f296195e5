// TEMPORARY measurement (deleted before handing back).
import { it } from 'vitest'
import { buildTextIndex } from './build-text-index.ts'
import type { TextDoc } from './collect-terms.ts'
import { serveFiles } from './test-corpus.ts'
import { foldedTokens, termOf } from './tokens.ts'

function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
function syntheticCorpus(count: number, seed = 42, vocabularySize = 4000): TextDoc[] {
  const next = random(seed)
  const pick = (s: string) => s[Math.floor(next() * s.length)]
  const vocabulary = new Set<string>()
  while (vocabulary.size < vocabularySize) {
    const syllables = 2 + Math.floor(next() * 3)
    let word = ''
    for (let i = 0; i < syllables; i++) word += pick('bcdfghklmnprstvz') + pick('aeiou')
    vocabulary.add(word)
  }
  const words = [...vocabulary]
  const cumulative: number[] = []
  let sum = 0
  for (let r = 0; r < words.length; r++) cumulative.push((sum += 1 / (r + 1)))
  const word = () => {
    const target = next() * sum
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if (cumulative[mid] < target) low = mid + 1
      else high = mid
    }
    return words[low]
  }
  const text = (length: number) => Array.from({ length }, word).join(' ')
  return Array.from({ length: count }, () => ({ title: text(6 + Math.floor(next() * 7)), excerpt: text(40 + Math.floor(next() * 80)) }))
}
function withStopwords(docs: TextDoc[], seed = 7): TextDoc[] {
  const next = random(seed)
  return docs.map((d) => {
    const words = d.excerpt.split(' ')
    for (const w of ['the', 'of', 'and']) if (next() < 0.9) words.splice(Math.floor(next() * (words.length + 1)), 0, w)
    return { title: d.title, excerpt: words.join(' ') }
  })
}

const DOCS = Number(process.env.MEASURE_DOCS ?? 20000)
it('measures', async () => {
  const out: string[] = []
  for (const [label, docs] of [['scale', syntheticCorpus(DOCS)], ['scale+stopwords', withStopwords(syntheticCorpus(DOCS))]] as const) {
    const built = buildTextIndex(docs)
    const files = new Map(built.files.map((f) => [f.name, f.bytes]))
    const size = (names: string[]) => names.reduce((t, n) => t + (files.get(n) as Uint8Array).length, 0)
    const total = built.files.reduce((t, f) => t + f.bytes.length, 0)
    const maxOf = (p: string) => Math.max(...built.files.filter((f) => f.name.startsWith(p)).map((f) => f.bytes.length))
    const hashed = (p: string) => built.files.filter((f) => f.name.startsWith(p) && !f.name.includes('big')).map((f) => f.bytes.length).sort((a, b) => a - b)
    const hp = hashed('p/'), hx = hashed('x/')
    const bigT = (built.meta as unknown as { bigTerms?: string[] }).bigTerms ?? []
    out.push(`  hashed p: n ${hp.length} median ${hp[hp.length >> 1]} max ${hp[hp.length - 1]}; hashed x: median ${hx[hx.length >> 1]} p90 ${hx[Math.floor(hx.length * 0.9)]} max ${hx[hx.length - 1]}; bigTerms ${JSON.stringify(bigT).length} B: ${bigT.slice(0, 20).join(',')}`)
    out.push(`${label}: meta ${JSON.stringify(built.meta).length} B, files ${built.files.length}, total ${total} B, max p ${maxOf('p/')}, max x ${maxOf('x/')}, shardCount ${built.meta.shardCount}, big ${(built.meta as unknown as { bigTerms?: string[] }).bigTerms?.length ?? 0}`)
    const df = new Map<string, number>()
    const wordOf = new Map<string, string>()
    for (const d of docs) {
      for (const token of new Set(foldedTokens(`${d.title} ${d.excerpt}`))) wordOf.set(termOf(token), token)
      for (const term of new Set(foldedTokens(`${d.title} ${d.excerpt}`).map(termOf))) df.set(term, (df.get(term) ?? 0) + 1)
    }
    const cost = async (q: string) => {
      const index = serveFiles(built.meta, built.files)
      const r = await index.search.search(q)
      return { bytes: size(index.loads), files: index.loads.length, results: r.positions.length }
    }
    const rare = [...df].filter(([, n]) => n <= 60).map(([t]) => wordOf.get(t) as string)
    const costs: number[] = []
    for (const w of rare) costs.push((await cost(w)).bytes)
    costs.sort((a, b) => a - b)
    out.push(`  rare words (df<=60): ${rare.length}, bytes median ${costs[costs.length >> 1]}, p90 ${costs[Math.floor(costs.length * 0.9)]}, max ${costs[costs.length - 1]}`)
    const [broad] = [...df].sort((a, b) => Math.abs(a[1] - DOCS / 10) - Math.abs(b[1] - DOCS / 10))[0]
    out.push(`  broad word ${JSON.stringify(await cost(wordOf.get(broad) as string))}`)
    const top = [...df].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([t, n]) => `${wordOf.get(t)}:${n}`)
    out.push(`  top terms ${top.join(' ')}`)
    const topWord = wordOf.get([...df].sort((a, b) => b[1] - a[1])[0][0]) as string
    out.push(`  top word alone ${JSON.stringify(await cost(topWord))}`)
    // phrases: stopword (or top word) + a rare word that follows it somewhere / nowhere
    const lead = label === 'scale' ? topWord : 'the'
    const follows = new Set<string>()
    for (const d of docs) {
      const ws = foldedTokens(d.excerpt)
      for (let i = 0; i + 1 < ws.length; i++) if (ws[i] === lead) follows.add(ws[i + 1])
    }
    const rareFollowing = rare.find((w) => follows.has(w))
    const rareNot = rare.find((w) => !follows.has(w))
    out.push(`  phrase "${lead} ${rareFollowing}" ${JSON.stringify(await cost(`"${lead} ${rareFollowing}"`))}`)
    out.push(`  phrase "${lead} ${rareNot}" ${JSON.stringify(await cost(`"${lead} ${rareNot}"`))}`)
    const mid = [...df].filter(([, n]) => n > DOCS * 0.05 && n < DOCS * 0.1).map(([t]) => wordOf.get(t) as string).find((w) => follows.has(w))
    out.push(`  phrase "${lead} ${mid}" ${JSON.stringify(await cost(`"${lead} ${mid}"`))}`)
    if (label !== 'scale') out.push(`  phrase "the of" ${JSON.stringify(await cost('"the of"'))}`)
  }
  console.log(out.join('\n'))
}, 600_000)
