import { useEffect, useState } from 'react'
import type { Segment } from './highlight.ts'

// The marking of matched words (with the tokenizer and stemmer it needs) loads with the
// first search, not with the list; until it is in, a result shows its text unmarked. No
// Suspense boundary: React holds a suspended boundary's content back for 300 ms.

type MarkWords = (text: string, q: string) => Segment[]
let markWords: MarkWords | undefined
let loading: Promise<MarkWords> | undefined

export function loadMarkWords(): Promise<MarkWords> {
  loading ??= import('./highlight.ts').then((m) => (markWords = m.markWords))
  loading.catch(() => (loading = undefined))
  return loading
}

/** `markWords` once loaded (starting the load), else undefined. */
export function useMarkWords(): MarkWords | undefined {
  const [loaded, setLoaded] = useState(() => markWords)
  useEffect(() => {
    if (!loaded) void loadMarkWords().then((f) => setLoaded(() => f), () => {})
  }, [loaded])
  return loaded
}
