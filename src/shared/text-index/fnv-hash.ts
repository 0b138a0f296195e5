// FNV-1a (32 bits): the build and the browser must agree on which shard holds a term, forever
// for a given build, so the hash is spelled out here rather than taken from a platform.

const OFFSET_BASIS = 0x811c9dc5
const PRIME = 0x01000193

/** FNV-1a over a string's UTF-16 code units (terms are short; no encoding step needed). */
export function hashString(text: string): number {
  let hash = OFFSET_BASIS
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, PRIME)
  }
  return hash >>> 0
}

/** FNV-1a over bytes: the checksum that tells a corrupt or truncated file from a good one. */
export function hashBytes(bytes: Uint8Array, seed = OFFSET_BASIS): number {
  let hash = seed
  for (let i = 0; i < bytes.length; i++) {
    hash ^= bytes[i]
    hash = Math.imul(hash, PRIME)
  }
  return hash >>> 0
}
