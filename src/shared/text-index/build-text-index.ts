// Builds the index files for the browser (runs in the build, in Node, but uses nothing of it).
//
// Every file has the 12-byte header of file-frame.ts, then a body:
//   p/<shard>.bin  varint term count; per term, ascending: string term, varint df, varint byte
//                  length of its posting list; then the lists, in that order (collect-terms.ts
//                  has a list's encoding: gaps between documents with 2 flag bits)
//   x/<shard>.bin  varint term count; per term, ascending: string term, varint byte length of
//                  its position list; then the lists (collect-terms.ts)
//   p/big-<n>.bin, x/big-<n>.bin  the same, for one term alone (count 1): meta.bigTerms[n]
//   d/<key>.bin    build-dictionary.ts
// A term whose posting list is longer than `shardBytes` is big: it gets files of its own. The
// others are hashed into shards, whose count is chosen so posting shards average about
// `shardBytes`; a list is never split, and a shard that would pass 2 × shardBytes has its
// longest lists made big as well, so no hashed posting file passes 2 × shardBytes.
import { ByteWriter } from './byte-codec.ts'
import { buildDictionary } from './build-dictionary.ts'
import { collectTerms, type TextDoc } from './collect-terms.ts'
import { HEADER_BYTES, frame, type FileKind } from './file-frame.ts'
import { hashBytes } from './fnv-hash.ts'
import { FORMAT_VERSION, bigPositionFile, bigPostingFile, dictionaryFile, encodeDictionaryLayout, positionFile, postingFile, shardOf, termPlacer, type TextIndexMeta } from './index-layout.ts'
import { compareCodeUnits } from './query-parse.ts'

export const DEFAULT_SHARD_BYTES = 16 * 1024

export interface IndexFile {
  /** A relative path, e.g. "p/12.bin". */
  name: string
  bytes: Uint8Array
}

export function buildTextIndex(docs: readonly TextDoc[], options: { shardBytes?: number } = {}): { files: IndexFile[]; meta: TextIndexMeta } {
  const shardBytes = options.shardBytes ?? DEFAULT_SHARD_BYTES
  if (!(shardBytes >= 1)) throw new RangeError(`shardBytes must be at least 1, not ${shardBytes}`)
  const collected = collectTerms(docs)
  const { terms, df, postings, positions } = collected

  // A term is big, with files of its own, when its posting list passes shardBytes (a stopword).
  const big = new Set<number>()
  for (let id = 0; id < terms.length; id++) if (postings[id].length > shardBytes) big.add(id)
  // What a shard's header and lists will take: the list, the term and a few bytes of numbers.
  let totalBytes = 0
  for (let id = 0; id < terms.length; id++) if (!big.has(id)) totalBytes += postings[id].length + terms[id].length + 3
  const shardCount = Math.max(1, Math.round(totalBytes / shardBytes))
  // Hashing may still put several lists of nearly shardBytes in one shard: while a posting
  // shard would pass 2 × shardBytes (as a file), its longest list is made big too. So no hashed
  // posting file passes that, and a query for a rare word fetches at most 2 × shardBytes.
  const byShard: number[][] = Array.from({ length: shardCount }, () => [])
  for (let id = 0; id < terms.length; id++) if (!big.has(id)) byShard[shardOf(terms[id], shardCount)].push(id)
  for (const ids of byShard) {
    // Less each leaving term's entry, the body's size stays exact but for its count's varint,
    // which can only shrink.
    let bytes = shardBody(ids, terms, postings, df).length
    ids.sort((a, b) => postings[b].length - postings[a].length || compareCodeUnits(terms[a], terms[b]))
    for (const id of ids) {
      if (bytes <= 2 * shardBytes - HEADER_BYTES) break
      big.add(id)
      bytes -= shardBody([id], terms, postings, df).length - 1
    }
  }
  const bigTerms = [...big].map((id) => terms[id]).sort(compareCodeUnits)

  // Every hashed shard (an empty one too: the browser may ask for it), then the big terms' own.
  const place = termPlacer(shardCount, bigTerms)
  const groups = new Map<string, { positions: string; ids: number[] }>()
  for (let shard = 0; shard < shardCount; shard++) groups.set(postingFile(shard), { positions: positionFile(shard), ids: [] })
  for (let n = 0; n < bigTerms.length; n++) groups.set(bigPostingFile(n), { positions: bigPositionFile(n), ids: [] })
  for (let id = 0; id < terms.length; id++) groups.get(place(terms[id]).postings)!.ids.push(id)

  const bodies: { name: string; kind: FileKind; body: Uint8Array }[] = []
  for (const [name, group] of groups) {
    const ids = group.ids.sort((a, b) => compareCodeUnits(terms[a], terms[b]))
    bodies.push({ name, kind: 'p', body: shardBody(ids, terms, postings, df) })
    bodies.push({ name: group.positions, kind: 'x', body: shardBody(ids, terms, positions, null) })
  }
  const dictionary = buildDictionary(collected, shardBytes)
  for (const { key, body } of dictionary.shards) bodies.push({ name: dictionaryFile(key), kind: 'd', body })

  // The build id sums up every file, so it changes whenever any file does.
  const checksums = new ByteWriter(4 * bodies.length + 16)
  checksums.uint(docs.length)
  checksums.uint(shardCount)
  checksums.uint(bigTerms.length)
  for (const b of bodies) checksums.u32(hashBytes(b.body))
  const buildId = hashBytes(checksums.toBytes())

  return {
    files: bodies.map((b) => ({ name: b.name, bytes: frame(b.kind, buildId, b.body) })),
    meta: { version: FORMAT_VERSION, docCount: docs.length, shardCount, buildId, dictionary: encodeDictionaryLayout(dictionary.layout), bigTerms },
  }
}

function shardBody(ids: readonly number[], terms: readonly string[], lists: readonly ByteWriter[], df: readonly number[] | null): Uint8Array {
  let dataBytes = 0
  for (const id of ids) dataBytes += lists[id].length
  const out = new ByteWriter(dataBytes + 16 * ids.length + 8)
  out.uint(ids.length)
  for (const id of ids) {
    out.string(terms[id])
    if (df) out.uint(df[id])
    out.uint(lists[id].length)
  }
  for (const id of ids) out.bytes(lists[id].view())
  return out.toBytes()
}
