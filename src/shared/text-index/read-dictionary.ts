// Reads a dictionary shard's body (build-dictionary.ts describes it), checking it as it goes.
import { ByteReader } from './byte-codec.ts'
import { compareCodeUnits } from './query-parse.ts'
import type { Expansion } from './scoring.ts'
import { checked } from './shard-readers.ts'

export interface DictionaryEntries {
  /** Folded tokens, ascending, each with its term and the term's df. */
  tokens: string[]
  terms: string[]
  df: number[]
  /** For a short prefix: the top terms of all tokens starting with the key. */
  top: Expansion[]
}

export function readDictionary(name: string, body: Uint8Array, key: string): DictionaryEntries {
  return checked(name, () => {
    const r = new ByteReader(body)
    const entries: DictionaryEntries = { tokens: [], terms: [], df: [], top: [] }
    const count = r.uint()
    let previous = ''
    for (let i = 0; i < count; i++) {
      const shared = r.uint()
      if (shared > previous.length) throw new Error('a token shares more than the one before has')
      const token = previous.slice(0, shared) + r.string()
      const kept = r.uint()
      if (kept > token.length) throw new Error('a term keeps more than its token has')
      const term = token.slice(0, kept) + r.string()
      const df = r.uint()
      if (!token.startsWith(key) || (i > 0 && compareCodeUnits(previous, token) >= 0) || df < 1) throw new Error('tokens out of order or place')
      entries.tokens.push(token)
      entries.terms.push(term)
      entries.df.push(df)
      previous = token
    }
    const topCount = r.uint()
    for (let i = 0; i < topCount; i++) entries.top.push({ term: r.string(), df: r.uint() })
    if (!r.done) throw new Error('bytes after the end')
    return entries
  })
}
