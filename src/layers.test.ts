// The lint holds the layers (eslint.config.js): each rule is shown to fail on the import it forbids.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return result.messages.map((m) => m.ruleId ?? m.message)
}

// ESLint's first run loads the TypeScript parser and resolver: slow on a busy machine.
describe('the lint holds the layers', { timeout: 30_000 }, () => {
  it('fails when the build plugin imports React or the app', async () => {
    expect(await rulesBroken('src/plugin/output/planted.ts', "import { useState } from 'react'\nexport const x = useState\n")).toContain('no-restricted-imports')
    expect(await rulesBroken('src/plugin/output/planted.ts', "import { Layout } from '../../app/layout.tsx'\nexport const x = Layout\n")).toContain('no-restricted-imports')
  })

  it('fails when the build plugin imports the browser side below the app', async () => {
    expect(await rulesBroken('src/plugin/output/planted.ts', "import { parseFilters } from '../../filters/url-state.ts'\nexport const x = parseFilters\n")).toContain('no-restricted-imports')
    expect(await rulesBroken('src/plugin/output/planted.ts', "import { dayNumber } from '../../shared/dates.ts'\nexport const x = dayNumber\n")).toEqual([])
  })

  it('fails when a layer imports one above it', async () => {
    expect(await rulesBroken('src/shared/planted.ts', "import { queryClient } from '../lib/query-client.ts'\nexport const x = queryClient\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesBroken('src/filters/planted.ts', "import { useSearch } from '../search/use-search.ts'\nexport const x = useSearch\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesBroken('src/search/planted.ts', "import { FilterBar } from '../components/filter-bar/filter-bar.tsx'\nexport const x = FilterBar\n")).toContain('import-x/no-restricted-paths')
    // Downwards it may.
    expect(await rulesBroken('src/search/planted.ts', "import { FILTERS } from '../filters/descriptors.ts'\nexport const x = FILTERS\n")).toEqual([])
  })

  it('fails when the app imports the build plugin', async () => {
    expect(await rulesBroken('src/features/list/planted.ts', "import { groupEvents } from '../../plugin/events/events.ts'\nexport const x = groupEvents\n")).toContain('no-restricted-imports')
  })

  it('fails when a feature imports another feature, or a layer below them imports one', async () => {
    expect(await rulesBroken('src/features/saved/planted.ts', "import { Component } from '../list/list-route.tsx'\nexport const x = Component\n")).toContain('import-x/no-restricted-paths')
    expect(await rulesBroken('src/search/planted.ts', "import { Component } from '../features/list/list-route.tsx'\nexport const x = Component\n")).toContain('import-x/no-restricted-paths')
    // Within its own room it may.
    expect(await rulesBroken('src/features/list/planted.ts', "import { Component } from './list-route.tsx'\nexport const x = Component\n")).toEqual([])
  })

  it('fails on an import cycle', async () => {
    // emit-events.ts imports layout.ts; layout.ts importing it back closes a cycle.
    expect(await rulesBroken('src/plugin/output/layout.ts', "import { layoutEvents } from './emit-events.ts'\nexport const x = layoutEvents\n")).toContain('import-x/no-cycle')
  })

  it('passes the same places without the planted import', async () => {
    expect(await rulesBroken('src/plugin/output/planted.ts', 'export const x = 1\n')).toEqual([])
  })
})
