import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The lint rule that keeps story text from ever reaching the page as markup.
const root = path.resolve(import.meta.dirname, '../..')
const lint = async (code: string) => {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath: path.join(root, 'src/features/story/example.tsx') })
  return result.messages.map((m) => m.message)
}

// ESLint's first run loads the TypeScript parser: slow on a busy machine.
describe('the no-live-markup lint rule', { timeout: 30_000 }, () => {
  it.each([
    ['dangerouslySetInnerHTML', 'export const A = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />'],
    ['innerHTML', 'export function a(el: HTMLElement, html: string) { el.innerHTML = html }'],
    ['insertAdjacentHTML', "export function a(el: HTMLElement, html: string) { el.insertAdjacentHTML('beforeend', html) }"],
  ])('rejects %s', async (what, code) => {
    expect((await lint(code)).join('\n')).toContain(`No ${what}`)
  })

  it('accepts text rendering', async () => {
    expect(await lint('export const A = ({ text }: { text: string }) => <p>{text}</p>')).toEqual([])
  })
})
