// The dictionary shards, for prefixes: each distinct folded token with its term and that
// term's document frequency, filed by its first characters (index-layout.ts has the keys).
//
// Body of d/<key>.bin:
//   varint token count; per token, ascending (code-unit order), front-coded against the one
//   before: varint shared code units, string rest of token, varint code units of the token the
//   term starts with, string rest of term, varint df
//   varint top count; per top term (most documents first, ties alphabetical): string term, varint df
import { ByteWriter } from './byte-codec.ts'
import type { CollectedTerms } from './collect-terms.ts'
import type { DictionaryLayout } from './index-layout.ts'
import { compareCodeUnits } from './query-parse.ts'
import { topExpansions, type Expansion } from './scoring.ts'

export interface DictionaryShard {
  key: string
  body: Uint8Array
}

export function buildDictionary(collected: CollectedTerms, shardBytes: number): { shards: DictionaryShard[]; layout: DictionaryLayout } {
  const layout: DictionaryLayout = { keys: new Set(), split: new Set() }
  const shards: DictionaryShard[] = []
  const add = (key: string, tokens: readonly string[], top: readonly Expansion[]) => {
    layout.keys.add(key)
    shards.push({ key, body: encodeShard(tokens, top, collected) })
  }
  const top = (tokens: readonly string[]) => topExpansions(tokens.map((t) => expansionOf(t, collected)))

  for (const [first, tokens] of groupBy([...collected.tokens.keys()].sort(compareCodeUnits), 1)) {
    const longer = tokens.filter((t) => t !== first)
    add(first, tokens.length > longer.length ? [first] : [], top(tokens))
    for (const [two, group] of groupBy(longer, 2)) {
      const body = encodeShard(group, [], collected)
      if (body.length <= 4 * shardBytes) {
        layout.keys.add(two)
        shards.push({ key: two, body })
        continue
      }
      // Too big for one file: the two-character token (if any) and the top list stay here,
      // longer tokens go under their first three characters.
      layout.split.add(two)
      const rest = group.filter((t) => t !== two)
      add(two, group.length > rest.length ? [two] : [], top(group))
      for (const [three, sub] of groupBy(rest, 3)) add(three, sub, [])
    }
  }
  return { shards, layout }
}

function expansionOf(token: string, collected: CollectedTerms): Expansion {
  const id = collected.tokens.get(token) as number
  return { term: collected.terms[id], df: collected.df[id] }
}

/** Sorted tokens grouped by their first `size` code points (groups stay sorted, in order). */
function groupBy(tokens: readonly string[], size: number): Map<string, string[]> {
  const groups = new Map<string, string[]>()
  for (const token of tokens) {
    const key = Array.from(token).slice(0, size).join('')
    const group = groups.get(key)
    if (group) group.push(token)
    else groups.set(key, [token])
  }
  return groups
}

function encodeShard(tokens: readonly string[], top: readonly Expansion[], collected: CollectedTerms): Uint8Array {
  const out = new ByteWriter(64)
  out.uint(tokens.length)
  let previous = ''
  for (const token of tokens) {
    const { term, df } = expansionOf(token, collected)
    const shared = commonPrefix(previous, token)
    out.uint(shared)
    out.string(token.slice(shared))
    // A stem mostly starts like its token ("running" → "run"), so it costs a byte or two.
    const kept = commonPrefix(token, term)
    out.uint(kept)
    out.string(term.slice(kept))
    out.uint(df)
    previous = token
  }
  out.uint(top.length)
  for (const { term, df } of top) {
    out.string(term)
    out.uint(df)
  }
  return out.toBytes()
}

/** Shared leading code units, never ending between the two halves of a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i > 0 && i < a.length && i < b.length) {
    const unit = a.charCodeAt(i - 1)
    if (unit >= 0xd800 && unit <= 0xdbff) i--
  }
  return i
}
