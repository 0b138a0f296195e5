import { createHash } from 'node:crypto'
import { utcDay } from '../lib/dates.ts'
import type { ExternalArticle, IndexChunk, IndexRow, Manifest, ProviderList, Story, TimelineData } from './types.ts'

export interface EmittedData {
  manifest: Manifest
  /**
   * JSON files by path relative to the versioned data folder (`manifest.json`,
   * `index/0.json`, …, and in a build `story/<id>.json`).
   */
  files: Map<string, string>
  /** Every story by id: `vite dev` serves `story/<id>.json` from here on request. */
  stories: Map<string, Story>
}

export interface Layout {
  /** Rows in the first index chunk: all the first screen downloads. */
  firstChunk: number
  /** Rows in each later chunk: larger, so a big corpus loads in few requests. */
  chunkSize: number
  /**
   * `build` writes every story's JSON and hashes it all into the version; `dev` skips
   * both (version `dev`, stories serialized on request), so an edit re-emits quickly.
   */
  mode: 'build' | 'dev'
}

/**
 * Lays the corpus out for the browser: a small manifest, list-index chunks newest first
 * (the first screen needs only chunk 0) with their excerpts apart (only a text search
 * needs them), outlets and timeline counts in files of their own, and one file per story.
 * The version is a hash of everything emitted, so a new build never mixes with an old one
 * and a CDN may cache the files forever.
 */
export function emitData(stories: readonly Story[], external: readonly ExternalArticle[], layout: Layout): EmittedData {
  const newestFirst = [...stories].sort(
    (a, b) => (a.publishedDateTime < b.publishedDateTime ? 1 : a.publishedDateTime > b.publishedDateTime ? -1 : a.id < b.id ? -1 : 1),
  )
  const files = new Map<string, string>()
  const chunks: IndexChunk[] = []
  for (let start = 0; start < newestFirst.length; ) {
    const size = chunks.length === 0 ? layout.firstChunk : layout.chunkSize
    const slice = newestFirst.slice(start, start + size)
    const n = chunks.length
    files.set(`index/${n}.json`, JSON.stringify(slice.map(toRow)))
    files.set(`search/${n}.json`, JSON.stringify(slice.map((s) => s.excerpt)))
    chunks.push({
      file: `index/${n}.json`,
      search: `search/${n}.json`,
      count: slice.length,
      newest: slice[0].publishedDateTime,
      oldest: slice[slice.length - 1].publishedDateTime,
    })
    start += size
  }
  if (layout.mode === 'build') for (const story of stories) files.set(`story/${story.id}.json`, JSON.stringify(story))
  const providers = providerCounts(stories)
  files.set('providers.json', JSON.stringify(providers))
  const timeline: TimelineData = { days: dayCounts(stories), external: emitExternal(external, files) }
  files.set('timeline.json', JSON.stringify(timeline))

  const body: Omit<Manifest, 'version'> = {
    storyCount: stories.length,
    providerCount: providers.length,
    dateRange: newestFirst.length
      ? { from: newestFirst[newestFirst.length - 1].publishedDateTime, to: newestFirst[0].publishedDateTime }
      : null,
    qualityRange: qualityRange(stories),
    chunks,
  }
  const manifest: Manifest = { version: layout.mode === 'build' ? versionOf(files, body) : 'dev', ...body }
  files.set('manifest.json', JSON.stringify(manifest))
  return { manifest, files, stories: new Map(stories.map((s) => [s.id, s])) }
}

function emitExternal(articles: readonly ExternalArticle[], files: Map<string, string>): TimelineData['external'] {
  const byMonth = new Map<string, ExternalArticle[]>()
  for (const a of articles) {
    const month = a.publishedDateTime.slice(0, 7)
    const list = byMonth.get(month)
    if (list) list.push(a)
    else byMonth.set(month, [a])
  }
  const months: TimelineData['external']['months'] = {}
  for (const [month, list] of byMonth) {
    const file = `external/${month}.json`
    files.set(file, JSON.stringify(list))
    months[month] = { file, count: list.length }
  }
  return { count: articles.length, months, days: dayCounts(articles) }
}

function toRow(s: Story): IndexRow {
  return {
    id: s.id,
    title: s.title,
    publishedDateTime: s.publishedDateTime,
    provider: s.provider.domain,
    providerName: s.provider.name,
    quality: s.quality,
    heat: s.heat,
    type: s.type,
    published: s.published,
    ...(s.images[0] ? { image: s.images[0] } : {}),
    relatedCount: s.related.length,
  }
}

function providerCounts(stories: readonly Story[]): ProviderList {
  const byDomain = new Map<string, ProviderList[number]>()
  for (const s of stories) {
    const seen = byDomain.get(s.provider.domain)
    if (seen) {
      seen.count++
      if (!seen.logo && s.provider.logo) seen.logo = s.provider.logo
    } else {
      byDomain.set(s.provider.domain, { ...s.provider, count: 1 })
    }
  }
  return [...byDomain.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
}

function qualityRange(stories: readonly Story[]): Manifest['qualityRange'] {
  if (stories.length === 0) return null
  // A loop, not Math.min(...spread): spreading 100k arguments overflows the stack.
  let min = Infinity
  let max = -Infinity
  for (const s of stories) {
    min = Math.min(min, s.quality)
    max = Math.max(max, s.quality)
  }
  return { min, max }
}

function dayCounts(items: readonly { publishedDateTime: string }[]): Record<string, number> {
  const days: Record<string, number> = {}
  for (const item of items) {
    const day = utcDay(item.publishedDateTime)
    days[day] = (days[day] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(days).sort(([a], [b]) => (a < b ? -1 : 1)))
}

function versionOf(files: Map<string, string>, body: object): string {
  const hash = createHash('sha1')
  for (const name of [...files.keys()].sort()) hash.update(name).update('\0').update(files.get(name)!)
  return hash.update(JSON.stringify(body)).digest('hex').slice(0, 10)
}
