import type { VirtualItem } from '@tanstack/react-virtual'

// What the list remembers across its mounts (back from a story, the plain first rows giving
// way to the virtualized list): each row's height, and the row focus was last in.

/** A row's height until it is measured. */
export const ROW_ESTIMATE = 112

/**
 * Row heights measured by the last list, by key: a list mounted again has its real height
 * at once, so the browser can restore the scroll position.
 */
let measured: VirtualItem[] = []
export const measuredRows = () => measured
export const keepMeasured = (items: VirtualItem[]) => void (measured = items)

/** Heights measured outside the virtualizer (the plain first rows), by key. */
export function rememberSizes(sizes: { key: string | number; size: number }[]) {
  const known = new Set(measured.map((item) => item.key))
  const fresh = sizes.filter((s) => !known.has(s.key)).map(({ key, size }) => ({ key, size, index: 0, start: 0, end: size, lane: 0 }))
  measured = [...measured, ...fresh]
}

/** The row focus was last in, by key: coming back (Escape, Back) focuses it again, and `j` goes on from it. */
let lastFocused: string | number | null = null
export const focusedRow = () => lastFocused
export const noteFocus = (key: string | number) => void (lastFocused = key)
