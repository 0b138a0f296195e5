// What a reader downloads, measured over a built dist/: the JavaScript of the first route
// (the entry and the list route, with everything they import statically), the data the
// list waits for before it shows its first stories (manifest.json and rows/0.json), and
// all the list fetches once open and idle (that, the outlets and the story columns).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { TextIndexMeta } from '../src/shared/text-index/index-layout.ts'
import { createTextSearch } from '../src/shared/text-index/text-search.ts'

const LIST_ROUTE = 'src/features/list/list-route.tsx'
const SEARCH_ENGINE = 'src/search/engine.ts'
const SEARCH_MARKS = 'src/search/highlight.ts'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length

async function chunkManifest(dist: string): Promise<Record<string, ManifestChunk>> {
  return JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
}

/** The chunks of `roots` and everything they import statically, but those in `loaded`. */
function chunksOf(manifest: Record<string, ManifestChunk>, roots: string[], loaded = new Set<string>()): Set<string> {
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key) || loaded.has(key) || !manifest[key]) return
    keys.add(key)
    manifest[key].imports?.forEach(visit)
  }
  roots.forEach(visit)
  return keys
}

async function chunkBytes(dist: string, manifest: Record<string, ManifestChunk>, keys: Iterable<string>): Promise<{ files: string[]; gzip: number }> {
  const files = [...keys].map((k) => manifest[k].file)
  let gzip = 0
  for (const file of files) gzip += gzipSize(await readFile(path.join(dist, file)))
  return { files, gzip }
}

function firstRouteChunks(dist: string, manifest: Record<string, ManifestChunk>): Set<string> {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)
  if (!entry) throw new Error(`${dist}: no entry chunk in .vite/manifest.json`)
  if (!manifest[LIST_ROUTE]) throw new Error(`${dist}: ${LIST_ROUTE} is not a chunk of its own`)
  return chunksOf(manifest, [entry[0], LIST_ROUTE])
}

export async function firstRouteJs(dist: string): Promise<{ files: string[]; gzip: number }> {
  const manifest = await chunkManifest(dist)
  return chunkBytes(dist, manifest, firstRouteChunks(dist, manifest))
}

/**
 * What a search costs over the list already open: the search code (the engine and the
 * result row, loaded on the first search), the index's meta and the index files the query
 * needs, and the row pages of its first `shown` results. `later` queries reuse what the
 * earlier ones loaded, as the browser's engine does: each costs only what is new.
 */
export async function searchBytes(dist: string, queries: string[], shown = 10): Promise<{ q: string; files: number; gzip: number; results: number }[]> {
  const manifest = await chunkManifest(dist)
  const [version] = await readdir(path.join(dist, 'data'))
  const data = path.join(dist, 'data', version)
  const code = await chunkBytes(dist, manifest, chunksOf(manifest, [SEARCH_ENGINE, SEARCH_MARKS], firstRouteChunks(dist, manifest)))
  const meta = await readFile(path.join(data, 'search', 'meta.json'))
  let loaded = new Set<string>()
  const bytesOf = async (files: Iterable<string>) => {
    let gzip = 0
    for (const file of files) gzip += gzipSize(await readFile(path.join(data, file)))
    return gzip
  }
  const search = createTextSearch(JSON.parse(meta.toString('utf8')) as TextIndexMeta, async (name) => {
    loaded.add(`search/${name}`)
    return new Uint8Array(await readFile(path.join(data, 'search', name)))
  })
  const { pageSize } = JSON.parse(await readFile(path.join(data, 'manifest.json'), 'utf8')) as { pageSize: number }
  const seen = new Set<string>()
  const out = []
  for (const [n, q] of queries.entries()) {
    loaded = new Set()
    const { positions } = await search.search(q, { typing: true })
    const pages = new Set(Array.from(positions.slice(0, shown), (p) => `rows/${Math.floor(p / pageSize)}.json`))
    const fresh = [...loaded, ...pages].filter((f) => !seen.has(f))
    fresh.forEach((f) => seen.add(f))
    const first = n === 0
    out.push({ q, files: fresh.length + (first ? code.files.length + 1 : 0), gzip: (await bytesOf(fresh)) + (first ? code.gzip + gzipSize(meta) : 0), results: positions.length })
  }
  return out
}

export async function firstListData(dist: string): Promise<{ files: string[]; gzip: number }> {
  return dataSize(dist, ['manifest.json', 'rows/0.json'])
}

/** The data of the list once open and idle, without a filter: the first screen's, the outlets and the story columns. */
export async function openListData(dist: string): Promise<{ files: string[]; gzip: number }> {
  return dataSize(dist, ['manifest.json', 'rows/0.json', 'providers.json', 'columns.json'])
}

async function dataSize(dist: string, names: string[]): Promise<{ files: string[]; gzip: number }> {
  const [version] = await readdir(path.join(dist, 'data'))
  const files = names.map((name) => `data/${version}/${name}`)
  let gzip = 0
  for (const file of files) gzip += gzipSize(await readFile(path.join(dist, file)))
  return { files, gzip }
}

/**
 * The app shell the service worker downloads in the background after the first visit
 * (its precache manifest in sw.js): what every later visit, and every offline one, opens from.
 */
export async function offlineShell(dist: string): Promise<{ files: string[]; gzip: number }> {
  const worker = await readFile(path.join(dist, 'sw.js'), 'utf8')
  const files = [...new Set([...worker.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]))]
  if (!files.includes('index.html')) throw new Error(`${dist}/sw.js: no precache manifest with index.html`)
  let gzip = 0
  for (const file of files) gzip += gzipSize(await readFile(path.join(dist, file)))
  return { files, gzip }
}

/** Every file under `dist` and their bytes: the build's own deploy summary measure. */
/**
 * What a story page downloads beyond the app's code: its HTML entry, with its data inside,
 * whether opened from its link or from the list (the app fetches the same entry). The mean
 * over the first `count` stories by id, gzip.
 */
export async function storyPageBytes(dist: string, count = 200): Promise<{ stories: number; gzip: number }> {
  const ids = (await readdir(path.join(dist, 'story'))).sort().slice(0, count)
  let total = 0
  for (const id of ids) total += gzipSize(await readFile(path.join(dist, 'story', id, 'index.html')))
  return { stories: ids.length, gzip: ids.length ? total / ids.length : 0 }
}

export { measureDist as distTotals } from '../src/plugin/output/deploy-summary.ts'

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
