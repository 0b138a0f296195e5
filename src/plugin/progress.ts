/** One phase of the build (files read, events grouped, search indexed, files written). */
export interface Phase {
  /** How many of the phase's items are done. */
  tick(done: number): void
  /** The phase is over: `detail` says what it did. */
  end(detail: string): void
}

export type Progress = (name: string, total?: number) => Phase

/** Says nothing: for tests and for callers that report nothing. */
export const silent: Progress = () => ({ tick() {}, end() {} })

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

/**
 * Where a long build is. In a terminal, one status line updated in place shows every phase
 * running (search indexing runs beside file writing), and each finished phase leaves one
 * line; elsewhere (CI, logs) only the finished phases' lines are printed.
 */
export function createProgress(out: NodeJS.WriteStream = process.stderr, now = () => performance.now()): Progress {
  const live = !!out.isTTY
  const running = new Map<object, { name: string; total?: number; done: number; start: number }>()
  let lastDraw = 0
  const status = () =>
    [...running.values()]
      .map((p) => `${p.name} ${p.done.toLocaleString('en')}${p.total === undefined ? '' : `/${p.total.toLocaleString('en')}`} · ${seconds(now() - p.start)}`)
      .join(' | ')
  const draw = (force = false) => {
    if (!live || (!force && now() - lastDraw < 100)) return
    lastDraw = now()
    out.write(`\r\x1b[K${running.size ? `reader:content ${status()}` : ''}`)
  }
  return (name, total) => {
    const key = {}
    const phase = { name, total, done: 0, start: now() }
    running.set(key, phase)
    draw(true)
    return {
      tick(done) {
        phase.done = done
        draw()
      },
      end(detail) {
        running.delete(key)
        if (live) out.write('\r\x1b[K')
        out.write(`reader:content ${name}: ${detail} (${seconds(now() - phase.start)})\n`)
        draw(true)
      },
    }
  }
}
