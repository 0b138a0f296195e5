import AxeBuilder from '@axe-core/playwright'
import { storyKey } from '../src/shared/story-key.ts'
import { EVENTS, expect, IDS, test } from './fixtures.ts'

// Every page scanned as a returning reader sees it: one story read, one saved.
const memory = {
  read: [storyKey(IDS.gizmodo)],
  saved: [{ savedAt: '2026-11-20T10:00:00Z', row: { id: IDS.nola, title: 'NOPD has used facial recognition since at least 2018, emails reveal', publishedDateTime: '2020-12-14T23:30:00.000Z', provider: 'nola.com', providerName: 'NOLA.com', quality: 74, heat: 104, type: 'article', published: true, relatedCount: 3, event: EVENTS.emails, eventOutlets: 2 } }],
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((m) => {
        localStorage.setItem('story-reader:v1:read', JSON.stringify(m.read))
        localStorage.setItem('story-reader:v1:saved', JSON.stringify(m.saved))
      }, memory)
    })
    for (const [name, path] of [
      ['list', './'],
      ['story', `./story/${IDS.govtech}`],
      ['timeline', './timeline'],
      ['event', `./event/${EVENTS.lapd}`],
      ['event with its story chain', `./event/${EVENTS.nola}`],
      ['outlets', './outlets'],
      ['grouped list', './?group=event'],
      ['search with filter chips', './?q=police&provider=gizmodo.com'],
      ['timeline of a search', './timeline?q=facial'],
      ['timeline with event bars', './timeline?group=event'],
      ['saved stories', './saved'],
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
