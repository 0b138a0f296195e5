// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest'
import type { IndexRow } from '../content/types.ts'
import { exportMemory, importMemory, isRead, isSaved, markRead, MAX_READ, readKeys, savedStories, toggleSaved } from './reader-memory.ts'
import { storyKey } from '../shared/story-key.ts'

const row = (id: string): IndexRow => ({
  id,
  title: `Title ${id}`,
  webUrl: `https://a.example/${id}`,
  publishedDateTime: '2020-11-18T00:00:00Z',
  provider: 'a.com',
  providerName: 'A',
  quality: 50,
  heat: null,
  type: 'article',
  published: true,
  relatedCount: 0,
  event: id,
  eventOutlets: 1,
})

describe('the reader’s memory', () => {
  beforeEach(() => {
    localStorage.clear()
    // A fresh module state: what another tab would see after these writes.
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
  })

  it('keeps read marks by story key, across a reload', () => {
    markRead([storyKey('a'), storyKey('b')])
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(isRead('a')).toBe(true)
    expect(isRead('c')).toBe(false)
  })

  it('drops the oldest read marks past the cap', () => {
    markRead(Array.from({ length: MAX_READ }, (_, i) => i))
    markRead([MAX_READ, MAX_READ + 1])
    expect(readKeys().size).toBe(MAX_READ)
    expect(readKeys().has(0)).toBe(false)
    expect(readKeys().has(MAX_READ + 1)).toBe(true)
  })

  it('saves newest first, and a second toggle unsaves', () => {
    toggleSaved(row('a'), new Date('2026-01-01'))
    toggleSaved(row('b'), new Date('2026-01-02'))
    expect(savedStories().map((s) => s.row.id)).toEqual(['b', 'a'])
    toggleSaved(row('a'))
    expect(isSaved('a')).toBe(false)
  })

  it('moves to another device: export, then import merges without duplicates', () => {
    toggleSaved(row('a'), new Date('2026-01-01'))
    markRead([storyKey('a')])
    const file = JSON.stringify(exportMemory())
    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    toggleSaved(row('b'), new Date('2026-02-01'))
    expect(importMemory(file)).toEqual({ saved: 1, read: 1 })
    expect(savedStories().map((s) => s.row.id)).toEqual(['b', 'a'])
    expect(importMemory(file)).toEqual({ saved: 0, read: 0 })
  })

  it('refuses a file that is not an export, and a stored value that is not its shape', () => {
    expect(() => importMemory('not json')).toThrow(/not an export of saved stories and read marks/)
    expect(() => importMemory(JSON.stringify({ format: 'other' }))).toThrow(/not an export of saved stories and read marks/)
    localStorage.setItem('story-reader:v1:saved', JSON.stringify([{ row: { id: 1 } }]))
    window.dispatchEvent(new StorageEvent('storage', { key: null }))
    expect(savedStories()).toEqual([])
  })
})
