import { useCallback, useEffect, useId, useState } from 'react'
import { endsInUnfinishedFilter, parseBox } from '../../filters/query-syntax.ts'
import { loadMarkWords } from '../../search/use-mark-words.ts'

/**
 * How long the box waits for typing to pause before it searches. Each pause past it
 * searches a prefix: typing "clearview" a key every 300 ms (a search per key) fetched
 * 92.9 KB at 100,000 stories, against 37.8 KB at once (docs/benchmarks.md).
 */
const PAUSE_MS = 150

const warmUp = () => {
  void import('../../search/engine.ts').then((m) => m.loadEngine()).catch(() => {})
  void loadMarkWords().catch(() => {})
}

/**
 * Keeps its own text while typing; the URL follows a moment later (and back/forward win).
 * Filter words typed in it (`outlet:nola.com`; `provider:` works too) become filters: the box keeps the rest.
 */
export function SearchBox({ value, example, onChange }: { value: string; example: string; onChange: (text: string, replace: boolean) => void }) {
  const id = useId()
  const [text, setText] = useState(value)
  // When the URL changes under it (back/forward, clear), the box follows.
  const [shown, setShown] = useState(value)
  if (value !== shown) {
    setShown(value)
    setText(value)
  }
  const apply = useCallback(
    (replace: boolean) => {
      onChange(text.trim(), replace)
      // The filter words leave the box for their chips; the query stays as typed.
      const { q, filters } = parseBox(text)
      if (Object.keys(filters).length > 0) setText(q)
    },
    [text, onChange],
  )
  useEffect(() => {
    if (text.trim() === value || endsInUnfinishedFilter(text)) return
    const timer = setTimeout(() => apply(true), PAUSE_MS)
    return () => clearTimeout(timer)
  }, [text, value, apply])
  return (
    <div className="field field-search">
      <label htmlFor={id}>Search</label>
      <input
        id={id}
        type="search"
        placeholder={example}
        aria-describedby={`${id}-hint`}
        value={text}
        // The engine and the index's meta start loading as the reader reaches the box, while they type.
        onFocus={warmUp}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && apply(false)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        Filter words become filters: outlet:domain (or provider:domain), from:YYYY-MM-DD, to:YYYY-MM-DD, quality:&gt;=number.
      </span>
    </div>
  )
}
