/**
 * What the content plugin reports about a corpus. A `skipped` file is left out of the
 * build; a `dropped` value (an unsafe URL, a malformed related entry) is removed and the
 * story kept. Both are reported; strict mode and `check:seeds` fail on either.
 */
export interface Problem {
  /** Path relative to the corpus folder. */
  file: string
  kind: 'skipped' | 'dropped'
  /** 1-based line, when YAML gives one. */
  line?: number
  /** Dotted path of the failing key, e.g. `related.3.webUrl`. */
  field?: string
  reason: string
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file
  const field = p.field ? ` ${p.field}:` : ''
  const what = p.kind === 'skipped' ? 'file skipped' : 'value dropped'
  return `${where} (${what})${field} ${p.reason}`
}

export function formatReport(problems: readonly Problem[], storyCount: number): string {
  if (problems.length === 0) return `${storyCount} stories, no problems.`
  const skipped = new Set(problems.filter((p) => p.kind === 'skipped').map((p) => p.file)).size
  const lines = [...problems].sort(byFile).map((p) => '  ' + formatProblem(p))
  return [
    `${storyCount} stories; ${skipped} file(s) skipped; ${problems.length} problem(s):`,
    ...lines,
    'Fix the files above, or run without SEEDS_STRICT to build with the good ones only.',
  ].join('\n')
}

function byFile(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)
}
