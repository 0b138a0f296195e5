import { createHash } from 'node:crypto'
import { utcDay } from '../lib/dates.ts'
import { groupBy } from '../lib/group.ts'

const MAX_SLUG = 60

/** `"LAPD bars detectives’ use…"` → `lapd-bars-detectives-use`; accents folded, at most 60 chars on a word boundary. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_SLUG) return slug || 'story'
  const cut = slug.slice(0, MAX_SLUG + 1)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash > 20 ? cut.slice(0, lastDash) : cut.slice(0, MAX_SLUG)).replace(/-+$/, '')
}

/** The readable id of a story before collisions: `YYYY-MM-DD-title-slug` (UTC day). */
export function baseId(title: string, publishedDateTime: string): string {
  return `${utcDay(publishedDateTime)}-${slugify(title)}`
}

export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/**
 * Unique ids for stories identified by their URL key. Stories that share a base id are
 * ordered by URL key: the first keeps the plain id, the others get a suffix hashed from
 * their own URL. So an id depends on the story alone, never on file names or order.
 */
export function assignIds(stories: readonly { key: string; title: string; publishedDateTime: string }[]): string[] {
  const groups = groupBy(stories.keys(), (i) => baseId(stories[i].title, stories[i].publishedDateTime))
  const ids = new Array<string>(stories.length)
  for (const [id, members] of groups) {
    members.sort((a, b) => (stories[a].key < stories[b].key ? -1 : 1))
    members.forEach((m, rank) => {
      ids[m] = rank === 0 ? id : `${id}-${shortHash(stories[m].key)}`
    })
  }
  return ids
}
