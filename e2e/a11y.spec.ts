import AxeBuilder from '@axe-core/playwright'
import { EVENTS, expect, IDS, test } from './fixtures.ts'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    for (const [name, path] of [
      ['list', './'],
      ['story', `./story/${IDS.govtech}`],
      ['timeline', './timeline'],
      ['event', `./event/${EVENTS.lapd}`],
      ['grouped list', './?group=event'],
      ['search with filter chips', './?q=police&provider=gizmodo.com'],
      ['timeline of a search', './timeline?q=facial'],
      ['timeline with event bars', './timeline?group=event'],
      ['not found', './story/no-such-story'],
    ]) {
      test(`${name} has no serious or critical axe violation`, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        await page.waitForLoadState('networkidle')
        const results = await new AxeBuilder({ page }).analyze()
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
        expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([])
      })
    }
  })
}
