// Builds the index files for the browser (runs in the build, in Node, but uses nothing of it).
//
// Every file has the 12-byte header of file-frame.ts, then a body:
//   p/<shard>.bin  varint term count; per term, ascending: string term, varint df, varint byte
//                  length of its posting list; then the lists, in that order (collect-terms.ts
//                  has a list's encoding: gaps between documents with 2 flag bits)
//   x/<shard>.bin  varint term count; per term, ascending: string term, varint byte length of
//                  its position list; then the lists (collect-terms.ts)
//   d/<key>.bin    build-dictionary.ts
// The shard count is chosen so posting shards average about `shardBytes`; a term's list is never
// split, so a shard holding a very common term is larger.
import { ByteWriter } from './byte-codec.ts'
import { buildDictionary } from './build-dictionary.ts'
import { collectTerms, type TextDoc } from './collect-terms.ts'
import { frame, type FileKind } from './file-frame.ts'
import { hashBytes } from './fnv-hash.ts'
import { FORMAT_VERSION, dictionaryFile, encodeDictionaryLayout, positionFile, postingFile, shardOf, type TextIndexMeta } from './index-layout.ts'
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

  // What a shard's header and lists will take: the list, the term and a few bytes of numbers.
  let totalBytes = 0
  for (let id = 0; id < terms.length; id++) totalBytes += postings[id].length + terms[id].length + 3
  const shardCount = Math.max(1, Math.round(totalBytes / shardBytes))
  const byShard: number[][] = Array.from({ length: shardCount }, () => [])
  for (let id = 0; id < terms.length; id++) byShard[shardOf(terms[id], shardCount)].push(id)

  const bodies: { name: string; kind: FileKind; body: Uint8Array }[] = []
  for (let shard = 0; shard < shardCount; shard++) {
    const ids = byShard[shard].sort((a, b) => compareCodeUnits(terms[a], terms[b]))
    bodies.push({ name: postingFile(shard), kind: 'p', body: shardBody(ids, terms, postings, df) })
    bodies.push({ name: positionFile(shard), kind: 'x', body: shardBody(ids, terms, positions, null) })
  }
  const dictionary = buildDictionary(collected, shardBytes)
  for (const { key, body } of dictionary.shards) bodies.push({ name: dictionaryFile(key), kind: 'd', body })

  // The build id sums up every file, so it changes whenever any file does.
  const checksums = new ByteWriter(4 * bodies.length + 16)
  checksums.uint(docs.length)
  checksums.uint(shardCount)
  for (const b of bodies) checksums.u32(hashBytes(b.body))
  const buildId = hashBytes(checksums.toBytes())

  return {
    files: bodies.map((b) => ({ name: b.name, bytes: frame(b.kind, buildId, b.body) })),
    meta: { version: FORMAT_VERSION, docCount: docs.length, shardCount, buildId, dictionary: encodeDictionaryLayout(dictionary.layout) },
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
