// Which file holds what: shared by the build, which writes the files, and the browser, which
// must find the one file a term or a prefix needs from the small meta object alone.
//
//   p/<shard>.bin   postings of the small terms whose hash falls in <shard> (hashString(term) % shardCount)
//   x/<shard>.bin   positions of the same terms (same assignment), fetched only for phrases
//   p/big-<n>.bin   postings of one big term alone: meta.bigTerms[n], a term whose encoded
//                   posting list is longer than shardBytes (a stopword), or one of the longest
//                   lists of a shard that would otherwise pass 2 × shardBytes. It is in no
//                   hashed shard, so the terms hashed beside it do not pay for its list.
//   x/big-<n>.bin   positions of that term alone (the terms not in meta.bigTerms are small)
//   d/<key>.bin     dictionary: the folded tokens starting with <key> (1, 2 or 3 characters,
//                   spelled in the name as hex code points joined by "-", e.g. d/63-61.bin)
//
// Dictionary keys: a token of one character is under its one character; a longer one under its
// first two, or, when that two-character shard would pass 4 × shardBytes, under its first three
// (the two-character shard is then "split": it keeps the two-character tokens). A one-character
// shard and a split shard also hold the top MAX_EXPANSIONS terms of all tokens starting with
// their key, so a prefix of one or two characters reads one small file, not all of its letter.
import { hashString } from './fnv-hash.ts'

export const FORMAT_VERSION = 2

/**
 * What the browser gets up front. JSON-able; its size grows with the alphabet and the number of
 * big terms, not with the corpus as such.
 */
export interface TextIndexMeta {
  version: number
  docCount: number
  shardCount: number
  /** Stamped in every file, so a file from another build is refused, not misread. */
  buildId: number
  /**
   * The dictionary shards, as space-separated groups "parent:children": the parent is a shard
   * key and each child character, appended to it, is another. A one-character parent lists the
   * two-character shards under it; a two-character parent is a split shard and lists its
   * three-character shards. E.g. "c:aio ca:fns" is c, ca, ci, co, and ca split into caf, can, cas.
   */
  dictionary: string
  /**
   * The big terms, ascending (code-unit order): bigTerms[n]'s lists are p/big-<n>.bin and
   * x/big-<n>.bin. Mostly those whose posting list passes shardBytes. A posting takes one byte,
   * or two after a gap of 32 documents or more (at most docCount / 32 such gaps), so such a term
   * is in more than about shardBytes - docCount / 32 documents: at 100,000 documents and 16 KB,
   * in more than 13% of them. On English titles and excerpts that is the stopwords and some very
   * common words, tens of terms, a few hundred at most; the few taken out of a shard that would
   * pass 2 × shardBytes add some 2% of the shard count. Each costs its length + 3 bytes of JSON,
   * about 1 KB per 150 terms, so meta stays within a few KB: 881 bytes with 72 big terms for
   * 100,000 synthetic stories (scale.test.ts's corpus), against about 200 bytes without them.
   */
  bigTerms: string[]
}

export function postingFile(shard: number): string {
  return `p/${shard}.bin`
}

export function positionFile(shard: number): string {
  return `x/${shard}.bin`
}

export function bigPostingFile(n: number): string {
  return `p/big-${n}.bin`
}

export function bigPositionFile(n: number): string {
  return `x/big-${n}.bin`
}

export function dictionaryFile(key: string): string {
  return `d/${Array.from(key, (c) => (c.codePointAt(0) as number).toString(16)).join('-')}.bin`
}

export function shardOf(term: string, shardCount: number): number {
  return hashString(term) % shardCount
}

/** Where a term's lists are. */
export interface TermPlace {
  postings: string
  positions: string
  /** Whether these are a big term's own files (holding it alone), not a hashed shard. */
  own: boolean
}

/**
 * Where each term's lists are, for a build's shard count and big terms: the one rule the build
 * writes by and the browser reads by. The index has no term in a place other than its own.
 */
export function termPlacer(shardCount: number, bigTerms: readonly string[]): (term: string) => TermPlace {
  const big = new Map(bigTerms.map((term, n) => [term, n]))
  return (term) => {
    const n = big.get(term)
    if (n !== undefined) return { postings: bigPostingFile(n), positions: bigPositionFile(n), own: true }
    const shard = shardOf(term, shardCount)
    return { postings: postingFile(shard), positions: positionFile(shard), own: false }
  }
}

export interface DictionaryLayout {
  keys: Set<string>
  split: Set<string>
}

export function encodeDictionaryLayout(layout: DictionaryLayout): string {
  const groups = new Map<string, string[]>()
  const group = (parent: string) => groups.get(parent) ?? groups.set(parent, []).get(parent)!
  for (const key of layout.keys) {
    const chars = Array.from(key)
    if (chars.length === 1) group(key)
    else if (chars.length === 2) group(chars[0]).push(chars[1])
    else group(chars[0] + chars[1]).push(chars[2])
    if (chars.length === 2 && layout.split.has(key)) group(key)
  }
  return [...groups.keys()]
    .sort()
    .map((parent) => `${parent}:${group(parent).sort().join('')}`)
    .join(' ')
}

export function decodeDictionaryLayout(text: string): DictionaryLayout {
  const layout: DictionaryLayout = { keys: new Set(), split: new Set() }
  for (const group of text.split(' ')) {
    if (group === '') continue
    const colon = group.indexOf(':')
    const parent = group.slice(0, colon)
    layout.keys.add(parent)
    if (Array.from(parent).length === 2) layout.split.add(parent)
    for (const child of Array.from(group.slice(colon + 1))) layout.keys.add(parent + child)
  }
  return layout
}

/**
 * Where the tokens starting with `prefix` are listed: in the shard's top list ("top", for a
 * prefix as short as its shard's key when that shard does not hold all of them itself), or among
 * its tokens ("tokens", to filter by the prefix). Null when no token starts with it.
 */
export function prefixLookup(prefix: string, layout: DictionaryLayout): { key: string; from: 'top' | 'tokens' } | null {
  const chars = Array.from(prefix)
  if (chars.length === 0 || !layout.keys.has(chars[0])) return null
  if (chars.length === 1) return { key: prefix, from: 'top' }
  const two = chars[0] + chars[1]
  if (!layout.keys.has(two)) return null
  if (!layout.split.has(two)) return { key: two, from: 'tokens' }
  if (chars.length === 2) return { key: two, from: 'top' }
  const three = two + chars[2]
  return layout.keys.has(three) ? { key: three, from: 'tokens' } : null
}
