import type { VirtualItem } from '@tanstack/react-virtual'

type Key = VirtualItem['key']

// What the list remembers across its mounts (back from a story, the plain first rows giving
// way to the virtualized list): each row's height, and the row focus was last in.

/** A row's height until it is measured. */
export const ROW_ESTIMATE = 112

/**
 * Row heights measured by the lists so far, by key: a list mounted again has its real
 * height at once, so the browser can restore the scroll position. Measured rows only: a
 * list of 100,000 passes on its few hundred measured heights, not 100,000 estimates.
 */
const measured = new Map<Key, number>()
export const measuredRows = (): VirtualItem[] => [...measured].map(([key, size]) => ({ key, size, index: 0, start: 0, end: size, lane: 0 }))
export const keepMeasured = (sizes: ReadonlyMap<Key, number>) => sizes.forEach((size, key) => measured.set(key, size))

/** Heights measured outside the virtualizer (the plain first rows), by key. */
export function rememberSizes(sizes: { key: Key; size: number }[]) {
  for (const { key, size } of sizes) if (!measured.has(key)) measured.set(key, size)
}

/** The row focus was last in, by key: coming back (Escape, Back) focuses it again, and `j` goes on from it. */
let lastFocused: string | number | null = null
export const focusedRow = () => lastFocused
export const noteFocus = (key: string | number) => void (lastFocused = key)
