// Every index file starts with a 12-byte header so the browser can tell a good file from a
// corrupt, truncated or stale one before trusting a single number in it:
//
//   bytes 0-1   "TI"
//   byte  2     kind: "p" postings, "x" positions, "d" dictionary
//   byte  3     FORMAT_VERSION
//   bytes 4-7   build id (little-endian), equal to meta.buildId
//   bytes 8-11  FNV-1a of the body (little-endian)
//   bytes 12-   body
import { ByteReader, ByteWriter } from './byte-codec.ts'
import { hashBytes } from './fnv-hash.ts'
import { FORMAT_VERSION } from './index-layout.ts'

export type FileKind = 'p' | 'x' | 'd'

export const HEADER_BYTES = 12

export function frame(kind: FileKind, buildId: number, body: Uint8Array): Uint8Array {
  const out = new ByteWriter(HEADER_BYTES + body.length)
  out.bytes(new Uint8Array([0x54, 0x49, kind.charCodeAt(0), FORMAT_VERSION]))
  out.u32(buildId)
  out.u32(hashBytes(body))
  out.bytes(body)
  return out.toBytes()
}

/** An Error that names the file, for anything wrong with what was fetched. */
export function corruptFile(name: string, reason: unknown): Error {
  const detail = reason instanceof Error ? reason.message : String(reason)
  return new Error(`Text index file ${name} is corrupt or truncated: ${detail}`, { cause: reason })
}

/** The body of a fetched file, once its header and checksum hold; throws naming the file otherwise. */
export function unframe(name: string, kind: FileKind, buildId: number, bytes: Uint8Array): Uint8Array {
  if (!(bytes instanceof Uint8Array)) throw corruptFile(name, 'not bytes')
  if (bytes.length < HEADER_BYTES) throw corruptFile(name, `${bytes.length} bytes, shorter than its header`)
  if (bytes[0] !== 0x54 || bytes[1] !== 0x49 || bytes[2] !== kind.charCodeAt(0)) throw corruptFile(name, 'not a text index file of the expected kind')
  if (bytes[3] !== FORMAT_VERSION) throw corruptFile(name, `format version ${bytes[3]}, expected ${FORMAT_VERSION}`)
  const header = new ByteReader(bytes, 4, HEADER_BYTES)
  if (header.u32() !== buildId) throw corruptFile(name, 'from another build than the index meta')
  const checksum = header.u32()
  const body = bytes.subarray(HEADER_BYTES)
  if (hashBytes(body) !== checksum) throw corruptFile(name, 'checksum mismatch')
  return body
}
