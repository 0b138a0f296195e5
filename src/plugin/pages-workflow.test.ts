import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

// .github/workflows/pages.yml: what GitHub Actions would run, checked here as far as a
// machine without GitHub can: the file parses, and its build step passes with a project
// site's base (`/<repository>/`), writing a site whose pages live under it.
const root = path.resolve(import.meta.dirname, '../..')

interface Step { run?: string; uses?: string; env?: Record<string, string> }

describe('the GitHub Pages workflow', async () => {
  const workflow = parse(await readFile(path.join(root, '.github/workflows/pages.yml'), 'utf8')) as {
    on: Record<string, unknown>
    jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } }
  }
  const build = workflow.jobs.build.steps.find((s) => s.run?.startsWith('npm run build'))!

  it('runs on a push, daily and by hand, and deploys what it built', () => {
    expect(Object.keys(workflow.on)).toEqual(['push', 'schedule', 'workflow_dispatch'])
    expect(workflow.jobs.build.steps.map((s) => s.uses ?? s.run)).toEqual(expect.arrayContaining(['npm ci', 'actions/upload-pages-artifact@v3']))
    expect(workflow.jobs.deploy.needs).toBe('build')
    expect(Object.keys(build.env!)).toEqual(['SITE_URL', 'SITE_NAME', 'SITE_DESCRIPTION', 'SEEDS_DIR'])
  })

  it('builds the seeds under a repository’s base path', { timeout: 120_000 }, async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'pages-'))
    // The step's command, with what configure-pages would give for https://owner.github.io/repo/.
    const command = build.run!.replace('${{ steps.pages.outputs.base_path }}', '/repo')
    const args = command.replace(/^npm run build -- /, '').match(/"[^"]*"|\S+/g)!.map((a) => a.replace(/^"|"$/g, ''))
    await promisify(execFile)(path.join(root, 'node_modules/.bin/vite'), ['build', ...args, '--outDir', outDir, '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, SITE_URL: 'https://owner.github.io', SITE_NAME: 'Repo News', SITE_DESCRIPTION: '', SEEDS_DIR: '' },
    })
    const index = await readFile(path.join(outDir, 'index.html'), 'utf8')
    expect(index).toContain('<title>Repo News</title>')
    expect(index).toMatch(/src="\/repo\/assets\/index-[\w-]+\.js"/)
    expect(await readdir(outDir)).toEqual(expect.arrayContaining(['.nojekyll', '404.html', 'sitemap.xml']))
    expect(await readFile(path.join(outDir, 'robots.txt'), 'utf8')).toContain('Sitemap: https://owner.github.io/repo/sitemap.xml')
  })
})
