// Synthetic corpora in the seeds' shape for the benchmark and the size-budget test:
// hundreds of outlets (a few big, many small), dates over several years, a third of the
// files CRLF, related links to other stories of the corpus and to outside articles.
// Deterministic: the same count gives the same files.
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

const WORDS = (
  'police facial recognition ban city council surveillance privacy ACLU lawsuit Clearview detectives ' +
  'software department records emails mayor report camera technology civil liberties investigation ' +
  'state federal partners denial admits review policy vote audit data bias error arrest court judge ' +
  'New Orleans Los Angeles Detroit Portland Boston Chicago San Francisco Seattle London Toronto'
).split(' ')
const TOPICS = ['Computer Vision', 'AI', 'Privacy', 'Policing', 'Surveillance', 'Civil Rights']
const START = Date.UTC(2017, 0, 1)
const SPAN = Date.UTC(2021, 11, 31) - START

/** A small seeded PRNG (mulberry32), so corpora are reproducible. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Outlet {
  name: string
  domain: string
  logo: boolean
}

function outlets(count: number, rnd: () => number): Outlet[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `${WORDS[i % WORDS.length][0].toUpperCase()}${WORDS[i % WORDS.length].slice(1)} ${['Times', 'Post', 'Herald', 'Daily', 'News', 'Wire', 'Tribune'][i % 7]} ${i}`
    return { name, domain: `outlet${i}.example`, logo: rnd() < 0.3 }
  })
}

function sentence(rnd: () => number, words: number): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(rnd() * WORDS.length)])
  out[0] = out[0][0].toUpperCase() + out[0].slice(1)
  return out.join(' ')
}

const quote = (s: string) => JSON.stringify(s)

export async function generateCorpus(dir: string, count: number, seed = 1): Promise<void> {
  const rnd = random(seed)
  const pool = outlets(Math.min(600, Math.max(20, Math.round(count / 20))), rnd)
  // Zipf-like: a few outlets publish most stories.
  const pickOutlet = () => pool[Math.min(pool.length - 1, Math.floor(pool.length * rnd() ** 3))]
  const stories = Array.from({ length: count }, (_, i) => {
    const outlet = pickOutlet()
    const date = new Date(START + Math.floor(rnd() * SPAN))
    return { i, outlet, date, title: `${sentence(rnd, 6 + Math.floor(rnd() * 8))} (${i})`, url: `https://www.${outlet.domain}/news/${date.getUTCFullYear()}/story-${i}` }
  })
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const batch: Promise<void>[] = []
  for (const s of stories) {
    const related = Array.from({ length: Math.floor(rnd() * 15) }, () => {
      if (rnd() < 0.3) {
        const other = stories[Math.floor(rnd() * count)]
        return { title: other.title, date: other.date, url: other.url.replace('https://www.', 'https://') + '/', outlet: other.outlet }
      }
      const outlet = pickOutlet()
      const n = Math.floor(rnd() * count * 3)
      return { title: `${sentence(rnd, 8)} [${n}]`, date: new Date(s.date.getTime() + Math.floor((rnd() - 0.5) * 8.64e8)), url: `https://${outlet.domain}/articles/${n}`, outlet }
    })
    const lines = [
      '---',
      'category: news',
      `title: ${quote(s.title)}`,
      `excerpt: ${quote(sentence(rnd, 25 + Math.floor(rnd() * 20)) + '.')}`,
      `publishedDateTime: ${s.date.toISOString().replace('.000Z', 'Z')}`,
      `originalUrl: ${quote(s.url)}`,
      ...(rnd() < 0.05 ? [] : [`webUrl: ${quote(s.url)}`]),
      `ampWebUrl: ${quote(s.url + '?amp')}`,
      `type: ${rnd() < 0.05 ? 'video' : 'article'}`,
      `quality: ${30 + Math.floor(rnd() * 110)}`,
      `heat: ${rnd() < 0.6 ? -1 : Math.floor(rnd() * 150)}`,
      `published: ${rnd() < 0.4}`,
      '',
      'provider:',
      `  name: ${quote(s.outlet.name)}`,
      `  domain: ${s.outlet.domain}`,
      ...(s.outlet.logo ? ['  images:', `    - url: "https://logos.example/${s.outlet.domain}-50x50.jpg"`, '      width: 50', '      height: 50'] : []),
      '',
      'topics:',
      ...TOPICS.filter(() => rnd() < 0.4).map((t) => `  - ${t}`),
      // A long tail, as real corpora have: one of 200 rare topics on every fifth story.
      ...(s.i % 5 === 0 ? [`  - Beat ${((s.i / 5) * 7919) % 200}`] : []),
      '',
      ...(rnd() < 0.8 ? ['images:', `  - url: "https://img.example/${s.i}.jpg"`, '    width: 800', '    height: 533', '    isCached: true', ''] : []),
      ...(related.length ? ['related:'] : []),
      ...related.flatMap((r) => [
        `  - title: ${quote(r.title)}`,
        `    excerpt: ${quote(sentence(rnd, 18) + '.')}`,
        `    publishedDateTime: ${r.date.toISOString().replace('.000Z', 'Z')}`,
        `    webUrl: ${quote(r.url)}`,
        '    type: article',
        '    provider:',
        `      name: ${quote(r.outlet.name)}`,
        `      domain: ${r.outlet.domain}`,
        `    quality: ${30 + Math.floor(rnd() * 100)}`,
      ]),
      '',
      `secured: "${Buffer.from(String(rnd())).toString('base64')}"`,
      '---',
      '',
    ]
    const text = lines.join(s.i % 3 === 0 ? '\r\n' : '\n')
    const sub = String(Math.floor(s.i / 1000)).padStart(3, '0')
    if (s.i % 1000 === 0) await mkdir(path.join(dir, sub), { recursive: true })
    batch.push(writeFile(path.join(dir, sub, `${String(s.i).padStart(6, '0')}_${(s.i * 2654435761 >>> 0).toString(16)}.txt`), text))
    if (batch.length >= 256) await Promise.all(batch.splice(0))
  }
  await Promise.all(batch)
}

// `tsx bench/generate.ts DIR COUNT`
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, count] = process.argv.slice(2)
  await generateCorpus(path.resolve(dir), Number(count))
  console.log(`wrote ${count} stories to ${dir}`)
}
