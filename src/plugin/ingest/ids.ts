import { createHash } from 'node:crypto'
import { utcDay } from '../../shared/dates.ts'
import { groupBy } from '../../shared/group.ts'

const MAX_SLUG = 60

/** `"LAPD bars detectives’ use…"` → `lapd-bars-detectives-use`; accents folded, at most 60 chars on a word boundary. */
export function slugify(title: string): string {
  // Folding accents only where there are any: most titles are ASCII.
  const folded = /[^\x20-\x7e]/.test(title) ? title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : title
  const slug = folded
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
  const ids = stories.map((s) => baseId(s.title, s.publishedDateTime))
  // Only ids that collide need grouping: at 100,000 stories a group per id cost seconds.
  const seen = new Set<string>()
  const shared = new Set<string>()
  for (const id of ids) (seen.has(id) ? shared : seen).add(id)
  if (shared.size === 0) return ids
  const groups = groupBy(
    ids.flatMap((id, i) => (shared.has(id) ? [i] : [])),
    (i) => ids[i],
  )
  for (const [id, members] of groups) {
    members.sort((a, b) => (stories[a].key < stories[b].key ? -1 : 1))
    members.forEach((m, rank) => {
      ids[m] = rank === 0 ? id : `${id}-${shortHash(stories[m].key)}`
    })
  }
  return ids
}
