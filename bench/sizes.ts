// What a reader downloads, measured over a built dist/: the JavaScript of the first route
// (the entry and the list route, with everything they import statically), the data the
// list waits for before it shows its first stories (manifest.json and rows/0.json), and
// all the list fetches once open and idle (that, the outlets and the story columns).
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const LIST_ROUTE = 'src/features/list/list-route.tsx'

interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

export const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length

export async function firstRouteJs(dist: string): Promise<{ files: string[]; gzip: number }> {
  const manifest = JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry)
  if (!entry) throw new Error(`${dist}: no entry chunk in .vite/manifest.json`)
  const keys = new Set<string>()
  const visit = (key: string) => {
    if (keys.has(key) || !manifest[key]) return
    keys.add(key)
    manifest[key].imports?.forEach(visit)
  }
  visit(entry[0])
  if (!manifest[LIST_ROUTE]) throw new Error(`${dist}: ${LIST_ROUTE} is not a chunk of its own`)
  visit(LIST_ROUTE)
  const files = [...keys].map((k) => manifest[k].file)
  let gzip = 0
  for (const file of files) gzip += gzipSize(await readFile(path.join(dist, file)))
  return { files, gzip }
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

export async function distTotals(dist: string): Promise<{ files: number; bytes: number }> {
  let files = 0
  let bytes = 0
  for (const e of await readdir(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue
    files++
    bytes += (await stat(path.join(e.parentPath, e.name))).size
  }
  return { files, bytes }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
