// Shared by the content plugin (which writes `keys.json`) and the app (which keeps read marks).

/**
 * A story's id as one 32-bit number (FNV-1a over its UTF-16 code units): read marks are
 * kept as these, and `keys.json` lists them in list order, so "unread only" filters
 * 100,000 stories without fetching their rows. Two ids share a key about once in four
 * billion pairs: a story may then show as read.
 */
export function storyKey(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
