import { z } from 'zod'
import { toUtcIso } from '../../shared/dates.ts'

// The one schema of a story file. It runs on the build side only: the browser imports
// the types below (erased at compile time), never zod.

const text = z.union([z.string(), z.number()]).transform(String)

const date = z.unknown().transform((value, ctx) => {
  const iso = toUtcIso(value)
  if (!iso) {
    ctx.addIssue({ code: 'custom', message: `not a date: ${preview(value)}` })
    return z.NEVER
  }
  return iso
})

/** A value as a short quoted string for a report; never throws (`{ toString: {} }` would in `String`). */
function preview(value: unknown): string {
  try {
    return JSON.stringify(String(value)).slice(0, 60)
  } catch {
    return `a value of type ${typeof value}`
  }
}

const list = <T extends z.ZodType>(item: T) =>
  z.array(item).nullish().transform((v) => v ?? [])

export const imageSchema = z.object({
  url: z.string(),
  width: z.number().int().positive().nullish(),
  height: z.number().int().positive().nullish(),
})

export const providerSchema = z.object({
  name: text.pipe(z.string().trim().min(1)),
  domain: z.string().trim().min(1),
  images: list(z.unknown()),
})

export const relatedSchema = z.object({
  title: text.pipe(z.string().trim().min(1)),
  excerpt: text.nullish(),
  publishedDateTime: date.optional(),
  webUrl: z.string(),
  ampWebUrl: z.string().nullish(),
  cdnAmpWebUrl: z.string().nullish(),
  type: z.string().nullish(),
  provider: z.object({ name: text, domain: z.string() }).partial().nullish(),
  quality: z.number().nullish(),
})

export const storyFileSchema = z.object({
  category: z.string().nullish(),
  title: text.pipe(z.string().trim().min(1, 'must not be empty')),
  excerpt: text.nullish(),
  publishedDateTime: date,
  originalUrl: z.string().nullish(),
  webUrl: z.string().nullish(),
  ampWebUrl: z.string().nullish(),
  cdnAmpWebUrl: z.string().nullish(),
  type: z.string().nullish(),
  quality: z.number(),
  heat: z.number().nullish(),
  published: z.boolean().nullish(),
  featuredContent: z.string().nullish(),
  provider: providerSchema,
  topics: list(text),
  images: list(z.unknown()),
  // Validated entry by entry, so one bad entry is dropped rather than the whole story.
  related: list(z.unknown()),
})

export type StoryFile = z.output<typeof storyFileSchema>
/** All entries at once: the common case, one pass; a failure falls back to entry by entry. */
export const relatedListSchema = z.array(relatedSchema)

export type RelatedFile = z.output<typeof relatedSchema>
