// Reads the bodies of fetched files (build-text-index.ts and build-dictionary.ts describe them).
// Every read is checked against the file's own bounds and numbers, and any failure becomes an
// Error naming the file: a damaged file must fail the search, not quietly answer it wrongly.
import { ByteReader } from './byte-codec.ts'
import { corruptFile } from './file-frame.ts'
import { compareCodeUnits } from './query-parse.ts'
import { IN_EXCERPT, IN_TITLE } from './scoring.ts'

export interface PostingList {
  /** Ascending document positions. */
  docs: Uint32Array
  /** IN_TITLE | IN_EXCERPT, per document. */
  flags: Uint8Array
}

interface Slice {
  start: number
  end: number
  df: number
}

/** Runs `read`, turning whatever it throws into an Error that names the file. */
export function checked<T>(name: string, read: () => T): T {
  try {
    return read()
  } catch (error) {
    throw corruptFile(name, error)
  }
}

/**
 * Which terms a file may hold: `belongs` tells a term of this file from one placed elsewhere,
 * and a big term's own file (`own`) must hold exactly one term.
 */
export interface FileTerms {
  belongs: (term: string) => boolean
  own: boolean
}

/** A header of terms and byte lengths followed by the lists, as both p/ and x/ files have. */
function readHeader(name: string, body: Uint8Array, withDf: boolean, holds: FileTerms): Map<string, Slice> {
  return checked(name, () => {
    const r = new ByteReader(body)
    const count = r.uint()
    if (holds.own && count !== 1) throw new Error(`${count} terms in a file of one big term`)
    const entries: { term: string; df: number; length: number }[] = []
    let previous: string | null = null
    for (let i = 0; i < count; i++) {
      const term = r.string()
      const df = withDf ? r.uint() : 0
      const length = r.uint()
      if (previous !== null && compareCodeUnits(previous, term) >= 0) throw new Error('terms out of order')
      if (!holds.belongs(term)) throw new Error(`term "${term}" does not belong in this file`)
      if (withDf && (df < 1 || length < df)) throw new Error(`bad counts for "${term}"`)
      entries.push({ term, df, length })
      previous = term
    }
    const slices = new Map<string, Slice>()
    let start = r.offset
    for (const { term, df, length } of entries) {
      slices.set(term, { start, end: start + length, df })
      start += length
    }
    if (start !== body.length) throw new Error(`lists take ${start - r.offset} bytes, the file has ${body.length - r.offset}`)
    return slices
  })
}

export class PostingShard {
  private readonly slices: Map<string, Slice>
  private readonly lists = new Map<string, PostingList>()
  readonly name: string
  private readonly body: Uint8Array
  private readonly docCount: number

  constructor(name: string, body: Uint8Array, holds: FileTerms, docCount: number) {
    this.name = name
    this.body = body
    this.docCount = docCount
    this.slices = readHeader(name, body, true, holds)
  }

  /** Documents containing the term (0 when the index has no such term). */
  df(term: string): number {
    return this.slices.get(term)?.df ?? 0
  }

  /** The term's list, decoded on first use; null when the index has no such term. */
  list(term: string): PostingList | null {
    const slice = this.slices.get(term)
    if (!slice) return null
    let list = this.lists.get(term)
    if (!list) {
      list = checked(this.name, () => decodePostings(this.body, slice, this.docCount))
      this.lists.set(term, list)
    }
    return list
  }
}

function decodePostings(body: Uint8Array, slice: Slice, docCount: number): PostingList {
  const r = new ByteReader(body, slice.start, slice.end)
  const docs = new Uint32Array(slice.df)
  const flags = new Uint8Array(slice.df)
  let doc = -1
  for (let i = 0; i < slice.df; i++) {
    const value = r.uint()
    flags[i] = value % 4
    doc += 1 + Math.floor(value / 4)
    if (flags[i] === 0 || doc >= docCount) throw new Error('a posting list is damaged')
    docs[i] = doc
  }
  if (!r.done) throw new Error('a posting list is longer than its count')
  return { docs, flags }
}

export class PositionShard {
  private readonly slices: Map<string, Slice>
  private readonly tables = new Map<string, Uint32Array>()
  readonly name: string
  private readonly body: Uint8Array

  constructor(name: string, body: Uint8Array, holds: FileTerms) {
    this.name = name
    this.body = body
    this.slices = readHeader(name, body, false, holds)
  }

  /**
   * The term's positions in one field of the document at `index` in its posting list, ascending.
   * The first call for a term walks its whole list once to find where each document's entry
   * starts (and checks it matches the postings); later calls read one entry.
   */
  positions(term: string, list: PostingList, index: number, field: 0 | 1): number[] {
    return checked(this.name, () => {
      const slice = this.slices.get(term)
      if (!slice) throw new Error(`no positions for "${term}"`)
      let table = this.tables.get(term)
      if (!table) {
        table = entryTable(this.body, slice, list)
        this.tables.set(term, table)
      }
      const r = new ByteReader(this.body, table[index], slice.end)
      const flags = list.flags[index]
      if (flags & IN_TITLE) {
        if (field === 0) return readField(r)
        skipField(r)
      }
      return field === 1 && flags & IN_EXCERPT ? readField(r) : []
    })
  }
}

function entryTable(body: Uint8Array, slice: Slice, list: PostingList): Uint32Array {
  const r = new ByteReader(body, slice.start, slice.end)
  const table = new Uint32Array(list.docs.length)
  for (let i = 0; i < table.length; i++) {
    table[i] = r.offset
    if (list.flags[i] & IN_TITLE) skipField(r)
    if (list.flags[i] & IN_EXCERPT) skipField(r)
  }
  if (!r.done) throw new Error('a position list does not match its postings')
  return table
}

function readField(r: ByteReader): number[] {
  const count = r.uint() + 1
  const positions = new Array<number>(count)
  let position = -1
  for (let i = 0; i < count; i++) positions[i] = position += 1 + r.uint()
  return positions
}

function skipField(r: ByteReader): void {
  const count = r.uint() + 1
  for (let i = 0; i < count; i++) r.uint()
}
