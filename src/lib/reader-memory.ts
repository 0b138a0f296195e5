// What this device remembers for its reader, with no account: the stories read (as
// story keys) and the stories saved (as list rows, so a saved story that leaves the corpus
// can still be named). Kept in localStorage under versioned keys; every tab follows
// changes made in another. No React here: hooks live with the views.
import type { IndexRow } from '../content/types.ts'
import { storyKey } from '../shared/story-key.ts'

const READ_KEY = 'story-reader:v1:read'
const SAVED_KEY = 'story-reader:v1:saved'
/** The oldest read marks go first past this many (about 10 bytes each). */
export const MAX_READ = 50_000

export interface SavedStory {
  row: IndexRow
  /** ISO instant it was saved. */
  savedAt: string
}

/** The file a reader exports and imports to move devices. */
export interface MemoryFile {
  format: 'story-reader-memory'
  version: 1
  saved: SavedStory[]
  read: number[]
}

type Listener = () => void
const listeners = new Set<Listener>()
let read: Set<number> | undefined
let saved: SavedStory[] | undefined

function load<T>(key: string, valid: (value: unknown) => value is T, fallback: T): T {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null')
    return valid(value) ? value : fallback
  } catch {
    return fallback
  }
}

function store(key: string, value: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // Storage full or refused (a private window): the marks last for this visit only.
  }
}

const isKeys = (v: unknown): v is number[] => Array.isArray(v) && v.every((k) => Number.isInteger(k) && k >= 0 && k <= 0xffffffff)
const isSavedList = (v: unknown): v is SavedStory[] => Array.isArray(v) && v.every(isSavedStory)

function isSavedStory(v: unknown): v is SavedStory {
  const s = v as SavedStory
  return (
    typeof s === 'object' && s !== null && typeof s.savedAt === 'string' && typeof s.row === 'object' && s.row !== null &&
    typeof s.row.id === 'string' && typeof s.row.title === 'string' && typeof s.row.provider === 'string' && typeof s.row.providerName === 'string' &&
    typeof s.row.publishedDateTime === 'string'
  )
}

function changed() {
  for (const l of listeners) l()
}

export function subscribeMemory(listener: Listener): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

// Another tab wrote: read it again.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== READ_KEY && e.key !== SAVED_KEY && e.key !== null) return
    read = undefined
    saved = undefined
    changed()
  })
}

export function readKeys(): ReadonlySet<number> {
  read ??= new Set(load(READ_KEY, isKeys, []))
  return read
}

export function isRead(id: string): boolean {
  return readKeys().has(storyKey(id))
}

/** Marks stories read by their keys (a story opened, or "mark all as read"). */
export function markRead(keys: Iterable<number>) {
  const current = readKeys()
  const adding = [...keys].filter((k) => !current.has(k))
  if (adding.length === 0) return
  // Insertion order is age: past the cap, the oldest marks go.
  const list = [...current, ...new Set(adding)].slice(-MAX_READ)
  read = new Set(list)
  store(READ_KEY, list)
  changed()
}

export function savedStories(): readonly SavedStory[] {
  saved ??= load(SAVED_KEY, isSavedList, [])
  return saved
}

export function isSaved(id: string): boolean {
  return savedStories().some((s) => s.row.id === id)
}

/** Saves a story (newest saved first), or unsaves it if it is saved. */
export function toggleSaved(row: IndexRow, now = new Date()) {
  const list = savedStories()
  const next = list.some((s) => s.row.id === row.id) ? list.filter((s) => s.row.id !== row.id) : [{ row, savedAt: now.toISOString() }, ...list]
  saved = next
  store(SAVED_KEY, next)
  changed()
}

export function exportMemory(): MemoryFile {
  return { format: 'story-reader-memory', version: 1, saved: [...savedStories()], read: [...readKeys()] }
}

/**
 * Merges an exported file into this device's memory: saved stories not already here (by
 * id), in their saved order, and every read mark. Throws with a reader's reason for a file
 * that is not one.
 */
export function importMemory(text: string): { saved: number; read: number } {
  let file: MemoryFile
  try {
    file = JSON.parse(text) as MemoryFile
  } catch {
    throw new Error('This file is not an export of saved stories and read marks (it is not JSON).')
  }
  if (file?.format !== 'story-reader-memory' || file.version !== 1 || !isSavedList(file.saved) || !isKeys(file.read)) {
    throw new Error('This file is not an export of saved stories and read marks.')
  }
  const here = new Set(savedStories().map((s) => s.row.id))
  const added = file.saved.filter((s) => !here.has(s.row.id))
  const merged = [...savedStories(), ...added].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
  saved = merged
  store(SAVED_KEY, merged)
  const readBefore = readKeys().size
  markRead(file.read)
  if (added.length) changed()
  return { saved: added.length, read: readKeys().size - readBefore }
}
