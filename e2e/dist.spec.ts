import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { expect, test } from '@playwright/test'

// What the build ships: no `secured` value and no javascript: URL in any file of dist/.
test('dist/ holds no secured value and no javascript: URL', async () => {
  const files = (await readdir('dist', { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && /\.(json|html|js)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
  expect(files.some((f) => f.endsWith('manifest.json'))).toBe(true)
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    expect(text, file).not.toMatch(/"secured"|TQsAZNUrrk4F/)
    if (!file.endsWith('.js')) expect(text.toLowerCase(), file).not.toContain('javascript:')
  }
})
