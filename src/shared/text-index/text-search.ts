// The browser side: answers queries from the index files, fetching only those a query needs,
// in parallel, and keeping every file it has fetched (parsed) for later queries.
//
// A query costs: the posting files of its terms (a hashed shard, or a big term's own file),
// and for a phrase the position files of the phrase's terms; for a prefix also its dictionary
// shard in that first round, then the posting files of its expansions (and of its own stem,
// unless the dictionary named it). A phrase of small terms has its position files fetched in
// the first round, as they are small. A phrase with a big term waits for the postings (and
// the prefix): its position files, a big term's above all, are fetched only if a document
// remains to check, in one more round.
import { corruptFile, unframe, type FileKind } from './file-frame.ts'
import { FORMAT_VERSION, decodeDictionaryLayout, dictionaryFile, prefixLookup, termPlacer, type TextIndexMeta } from './index-layout.ts'
import { intersectLists } from './intersect-lists.ts'
import { parseQuery } from './query-parse.ts'
import { IN_EXCERPT, IN_TITLE, rankResults, termScore, topExpansions, type Expansion, type SearchResult } from './scoring.ts'
import { readDictionary, type DictionaryEntries } from './read-dictionary.ts'
import { PositionShard, PostingShard, type PostingList } from './shard-readers.ts'

export interface TextSearch {
  /** Matches, best first. Rejects (naming the file) if a needed file fails to load or is damaged. */
  search(q: string, options?: { typing?: boolean }): Promise<SearchResult>
}

export function createTextSearch(meta: TextIndexMeta, load: (name: string) => Promise<Uint8Array>): TextSearch {
  if (meta.version !== FORMAT_VERSION) throw new Error(`Text index format ${meta.version}, this code reads ${FORMAT_VERSION}`)
  if (!Array.isArray(meta.bigTerms)) throw new Error('Text index meta has no list of big terms')
  const n = meta.docCount
  const layout = decodeDictionaryLayout(meta.dictionary)
  const place = termPlacer(meta.shardCount, meta.bigTerms)
  // Promises, so two queries wanting one file at once fetch it once. A failure is forgotten,
  // so a later query can try again.
  const files = new Map<string, Promise<unknown>>()

  function file<T>(name: string, kind: FileKind, read: (body: Uint8Array) => T): Promise<T> {
    let entry = files.get(name) as Promise<T> | undefined
    if (!entry) {
      entry = Promise.resolve()
        .then(() => load(name))
        .then(
          (bytes) => read(unframe(name, kind, meta.buildId, bytes)),
          (error: unknown) => {
            throw new Error(`Text index file ${name} could not be loaded`, { cause: error })
          },
        )
      files.set(name, entry)
      entry.catch(() => files.delete(name))
    }
    return entry
  }

  const postings = (term: string) => {
    const { postings: name, own } = place(term)
    return file(name, 'p', (body) => new PostingShard(name, body, { belongs: (t) => place(t).postings === name, own }, n))
  }
  const positions = (term: string) => {
    const { positions: name, own } = place(term)
    return file(name, 'x', (body) => new PositionShard(name, body, { belongs: (t) => place(t).positions === name, own }))
  }
  const dictionary = (key: string) => file(dictionaryFile(key), 'd', (body) => readDictionary(dictionaryFile(key), body, key))

  /**
   * Each document's best score among the prefix's expansions (0 where it has none), or null
   * when the prefix expands to nothing. The prefix's own stem is a candidate too; its df comes
   * from its posting shard, fetched alongside the other candidates' shards unless a token in
   * the dictionary already named it.
   */
  async function prefixScores(stem: string, candidates: Expansion[], dictionaryName: string | null): Promise<Float64Array | null> {
    const named = candidates.some((c) => c.term === stem)
    const [stemShard] = await Promise.all([named ? null : postings(stem), ...topExpansions(candidates).map((e) => postings(e.term))])
    if (stemShard && stemShard.df(stem) > 0) candidates.push({ term: stem, df: stemShard.df(stem) })
    const expansions = topExpansions(candidates)
    if (expansions.length === 0) return null
    // All loaded above, but for the stem's, which is cached: no new round.
    const shards = await Promise.all(expansions.map((e) => postings(e.term)))
    const best = new Float64Array(n)
    for (let e = 0; e < expansions.length; e++) {
      const list = shards[e].list(expansions[e].term)
      if (!list || list.docs.length !== expansions[e].df) {
        throw corruptFile(dictionaryName ?? shards[e].name, `its count for "${expansions[e].term}" disagrees with the postings`)
      }
      for (let j = 0; j < list.docs.length; j++) {
        const score = termScore(n, list.docs.length, list.flags[j])
        if (score > best[list.docs[j]]) best[list.docs[j]] = score
      }
    }
    return best
  }

  async function search(q: string, options: { typing?: boolean } = {}): Promise<SearchResult> {
    const { required, phrases, prefix } = parseQuery(q, options.typing ?? false)
    if (n === 0 || (required.length === 0 && !prefix)) return rankResults([], [])
    const lookup = prefix ? prefixLookup(prefix.token, layout) : null
    // Phrases of small terms are checked first, with position files fetched in this round.
    const cheap = phrases.filter((phrase) => phrase.every((t) => !place(t).own))
    const costly = phrases.filter((phrase) => !cheap.includes(phrase))
    const positionShards = new Map<string, PositionShard>()
    const loadPositions = async (terms: readonly string[]) => {
      const wanted = [...new Set(terms)].filter((t) => !positionShards.has(t))
      const loaded = await Promise.all(wanted.map(positions))
      wanted.forEach((t, i) => positionShards.set(t, loaded[i]))
    }
    const [shards, , entries] = await Promise.all([
      Promise.all(required.map(postings)),
      loadPositions(cheap.flat()),
      lookup ? dictionary(lookup.key) : null,
    ])

    const lists: PostingList[] = []
    for (let k = 0; k < required.length; k++) {
      const list = shards[k].list(required[k])
      if (!list) return rankResults([], [])
      lists.push(list)
    }
    // Rows of the intersection of the required terms; none means no need to expand a prefix.
    let docs: Uint32Array | null = null
    let at: Uint32Array[] = []
    if (lists.length > 0) {
      ;({ docs, at } = intersectLists(lists.map((l) => l.docs)))
      if (docs.length === 0) return rankResults([], [])
    }

    let best: Float64Array | null = null
    if (prefix) {
      const candidates = entries && lookup ? dictionaryCandidates(entries, lookup.from, prefix.token) : []
      best = await prefixScores(prefix.term, candidates, lookup ? dictionaryFile(lookup.key) : null)
      if (!best) return rankResults([], [])
    }
    // With no required term, the candidates are every document the prefix matched.
    docs ??= matchedByPrefix(best as Float64Array)
    let rows: number[] = []
    for (let j = 0; j < docs.length; j++) if (!best || best[docs[j]] > 0) rows.push(j)

    const index = new Map(required.map((t, k) => [t, k]))
    const where = (term: string, j: number) => {
      const k = index.get(term) as number
      return { list: lists[k], row: at[k][j] }
    }
    const checkPhrases = (list: readonly string[][]) => {
      for (const phrase of list) {
        const shardOfTerm = phrase.map((t) => positionShards.get(t) as PositionShard)
        rows = rows.filter((j) => phraseMatches(phrase, j, where, shardOfTerm))
      }
    }
    checkPhrases(cheap)
    if (costly.length > 0) {
      // Only documents with all of a phrase's terms in one field need its positions.
      rows = rows.filter((j) => costly.every((phrase) => sharedFields(phrase, j, where) !== 0))
      if (rows.length > 0) {
        await loadPositions(costly.flat())
        checkPhrases(costly)
      }
    }

    const scores = new Float64Array(rows.length)
    const matched = new Uint32Array(rows.length)
    for (let r = 0; r < rows.length; r++) {
      const j = rows[r]
      // Summed in `required` order (sorted), then the prefix: as the plain scan does.
      let score = 0
      for (let k = 0; k < lists.length; k++) score += termScore(n, lists[k].docs.length, lists[k].flags[at[k][j]])
      if (best) score += best[docs[j]]
      scores[r] = score
      matched[r] = docs[j]
    }
    return rankResults(matched, scores)
  }

  return { search }
}

function matchedByPrefix(best: Float64Array): Uint32Array {
  let count = 0
  for (let d = 0; d < best.length; d++) if (best[d] > 0) count++
  const docs = new Uint32Array(count)
  for (let d = 0, i = 0; d < best.length; d++) if (best[d] > 0) docs[i++] = d
  return docs
}

function dictionaryCandidates(entries: DictionaryEntries, from: 'top' | 'tokens', prefix: string): Expansion[] {
  if (from === 'top') return [...entries.top]
  const candidates: Expansion[] = []
  for (let i = 0; i < entries.tokens.length; i++) {
    if (entries.tokens[i].startsWith(prefix)) candidates.push({ term: entries.terms[i], df: entries.df[i] })
  }
  return candidates
}

type Where = (term: string, j: number) => { list: PostingList; row: number }

/** The fields (IN_TITLE | IN_EXCERPT) of row j's document that hold every term of the phrase. */
function sharedFields(phrase: readonly string[], j: number, where: Where): number {
  let fields = IN_TITLE | IN_EXCERPT
  for (const term of phrase) {
    const { list, row } = where(term, j)
    fields &= list.flags[row]
  }
  return fields
}

/** Whether the phrase's terms lie at consecutive positions within one field of row j's document. */
function phraseMatches(phrase: readonly string[], j: number, where: Where, shards: readonly PositionShard[]): boolean {
  const found = phrase.map((t) => where(t, j))
  const fields = sharedFields(phrase, j, where)
  for (const field of [0, 1] as const) {
    if (!(fields & (field === 0 ? IN_TITLE : IN_EXCERPT))) continue
    const lists = found.map(({ list, row }, i) => shards[i].positions(phrase[i], list, row, field))
    const later = lists.slice(1).map((p) => new Set(p))
    if (lists[0].some((start) => later.every((set, i) => set.has(start + i + 1)))) return true
  }
  return false
}
