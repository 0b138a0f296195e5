import type { OutletStanding, ProviderList } from '../../content/types.ts'
import type { EventGroup } from './events.ts'

/**
 * `outlets.json`: every outlet of the corpus's stories, and every other outlet that covered
 * an event of two outlets or more, with how often it reported first and how long it took
 * otherwise. An event's first report is its first article (a core one: cluster.ts), so the
 * lag of another outlet is the time from that article to its own first article there.
 */
export function outletStandings(providers: ProviderList, groups: readonly EventGroup[]): OutletStanding[] {
  const byDomain = new Map<string, OutletStanding & { lags: number[] }>()
  const of = (domain: string, name: string) => {
    let o = byDomain.get(domain)
    if (!o) byDomain.set(domain, (o = { domain, name, stories: 0, events: 0, first: 0, lags: [] }))
    return o
  }
  for (const p of providers) of(p.domain, p.name).stories = p.count
  for (const g of groups) {
    if (g.outletCount < 2 || !g.first) continue
    const start = Date.parse(g.first)
    const seen = new Set<string>()
    for (const a of g.articles) {
      if (!a.publishedDateTime || seen.has(a.provider.domain)) continue
      seen.add(a.provider.domain)
      const o = of(a.provider.domain, a.provider.name)
      o.events++
      if (seen.size === 1) o.first++
      else o.lags.push(Date.parse(a.publishedDateTime) - start)
    }
  }
  return [...byDomain.values()]
    .map(({ lags, ...o }) => (lags.length ? { ...o, medianLagMs: median(lags) } : o))
    .sort((a, b) => b.events - a.events || b.stories - a.stories || (a.domain < b.domain ? -1 : 1))
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2)
}
