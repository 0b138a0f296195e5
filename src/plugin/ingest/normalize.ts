import type { z } from 'zod'
import { safeHttpUrl } from '../../shared/urls.ts'
import type { Problem } from './problems.ts'
import { oneProvider } from './one-provider.ts'
import { imageSchema, relatedListSchema, relatedSchema, storyFileSchema, type RelatedFile } from './schema.ts'
import type { Image, RelatedLink, Story, VideoEmbed } from '../../content/types.ts'

/** Bounds on what one story may carry: a crawler's runaway file stays a story, trimmed. */
export const LIMITS = { title: 1_000, excerpt: 10_000, related: 300, topics: 50, images: 20 }

/** A validated story before the corpus-wide steps (ids, links) run. */
export type StoryDraft = Omit<Story, 'id' | 'coveredBy' | 'prev' | 'next' | 'event'>

export interface Normalized {
  story: StoryDraft | null
  problems: Problem[]
}

/** Validates one file's front matter into a story; reports what it skips or drops. */
export function normalizeStory(file: string, data: unknown): Normalized {
  const problems: Problem[] = []
  const drop = (field: string, reason: string) => problems.push({ file, kind: 'dropped', field, reason })

  const parsed = storyFileSchema.safeParse(data)
  if (!parsed.success) return { story: null, problems: issuesToProblems(file, parsed.error) }
  const raw = parsed.data

  const url = (field: string, value: string | null | undefined): string | undefined => {
    if (value == null || value === '') return undefined
    const safe = safeHttpUrl(value)
    if (!safe) drop(field, `not an http(s) URL: ${preview(value)}`)
    return safe ?? undefined
  }

  const webUrl = url('webUrl', raw.webUrl)
  const originalUrl = url('originalUrl', raw.originalUrl)
  const main = webUrl ?? originalUrl
  if (!main) {
    const reason = raw.webUrl || raw.originalUrl ? 'no http(s) URL left after dropping unsafe ones' : 'missing webUrl and originalUrl'
    return { story: null, problems: [...problems, { file, kind: 'skipped', field: 'webUrl', reason }] }
  }

  const cap = <T>(field: keyof typeof LIMITS, list: T[]): T[] => {
    if (list.length > LIMITS[field]) drop(field, `${list.length - LIMITS[field]} entries beyond the first ${LIMITS[field]} left out`)
    return list.slice(0, LIMITS[field])
  }
  const clip = (field: 'title' | 'excerpt', text: string): string => {
    if (text.length <= LIMITS[field]) return text
    drop(field, `${text.length} characters cut to ${LIMITS[field]}`)
    return text.slice(0, LIMITS[field] - 1) + '…'
  }

  const story: StoryDraft = {
    title: clip('title', raw.title),
    excerpt: clip('excerpt', raw.excerpt?.trim() ?? ''),
    publishedDateTime: raw.publishedDateTime,
    webUrl: main,
    ...(originalUrl && originalUrl !== main ? { originalUrl } : {}),
    ...optional('ampWebUrl', url('ampWebUrl', raw.ampWebUrl) ?? url('cdnAmpWebUrl', raw.cdnAmpWebUrl)),
    type: raw.type?.trim() || 'article',
    quality: raw.quality,
    heat: raw.heat == null || raw.heat < 0 ? null : raw.heat,
    published: raw.published ?? false,
    provider: oneProvider(raw.provider.name, raw.provider.domain.toLowerCase(), images(raw.provider.images, 'provider.images', drop)[0]),
    topics: cap('topics', raw.topics.map((t) => t.trim().slice(0, 100)).filter(Boolean)),
    images: images(cap('images', raw.images), 'images', drop),
    ...optional('video', videoEmbed(raw.featuredContent) ?? videoEmbed(main)),
    related: relatedLinks(cap('related', raw.related), drop),
  }
  return { story, problems }
}

function relatedLinks(entries: unknown[], drop: (field: string, reason: string) => void): RelatedLink[] {
  const all = relatedListSchema.safeParse(entries)
  if (all.success) return all.data.flatMap((r, i) => related(r, `related.${i}`, drop) ?? [])
  return entries.flatMap((entry, i) => {
    const parsed = relatedSchema.safeParse(entry)
    if (parsed.success) return related(parsed.data, `related.${i}`, drop) ?? []
    const issue = parsed.error.issues[0]
    drop([`related.${i}`, ...issue.path].join('.'), issue.message)
    return []
  })
}

function related(r: RelatedFile, field: string, drop: (field: string, reason: string) => void): RelatedLink | null {
  const webUrl = safeHttpUrl(r.webUrl)
  if (!webUrl) {
    drop(`${field}.webUrl`, `not an http(s) URL: ${preview(r.webUrl)}`)
    return null
  }
  const amp = safeHttpUrl(r.ampWebUrl) ?? safeHttpUrl(r.cdnAmpWebUrl)
  return {
    title: r.title,
    excerpt: r.excerpt?.trim() ?? '',
    ...optional('publishedDateTime', r.publishedDateTime),
    webUrl,
    ...optional('ampWebUrl', amp ?? undefined),
    type: r.type?.trim() || 'article',
    provider: oneProvider(r.provider?.name?.trim() || hostOf(webUrl), (r.provider?.domain?.trim() || hostOf(webUrl)).toLowerCase()),
    quality: r.quality ?? null,
    // A related entry's images are not shipped: the reader shows none, and each would be
    // one more outside URL in every story file.
  }
}

function images(list: unknown[], field: string, drop: (field: string, reason: string) => void): Image[] {
  return list.flatMap((item, i) => {
    const parsed = imageSchema.safeParse(item)
    if (!parsed.success) {
      drop(`${field}.${i}`, parsed.error.issues[0].message)
      return []
    }
    const url = safeHttpUrl(parsed.data.url)
    if (!url) {
      drop(`${field}.${i}.url`, `not an http(s) URL: ${preview(parsed.data.url)}`)
      return []
    }
    return [{ url, width: parsed.data.width ?? null, height: parsed.data.height ?? null }]
  })
}

const YOUTUBE_ID = /(?:youtube(?:-nocookie)?\.com\/(?:embed\/|watch\?(?:[^"'\s]*&)?v=|shorts\/)|youtu\.be\/)([A-Za-z0-9_-]{11})(?![A-Za-z0-9_-])/

/** A YouTube id parsed out of an embed's HTML or a video URL; nothing else is kept. */
export function videoEmbed(source: string | null | undefined): VideoEmbed | undefined {
  const id = source ? YOUTUBE_ID.exec(source)?.[1] : undefined
  return id ? { kind: 'youtube', id } : undefined
}

function issuesToProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    file,
    kind: 'skipped' as const,
    ...(issue.path.length ? { field: issue.path.join('.') } : {}),
    reason: issue.path.length === 1 && issue.code === 'invalid_type' && issue.message.includes('undefined')
      ? 'required field is missing'
      : issue.message,
  }))
}

function hostOf(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '')
}

function preview(value: string): string {
  return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value)
}

/** `{ key: value }` when value is defined, `{}` otherwise: keeps absent fields absent in the JSON. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V })
}
