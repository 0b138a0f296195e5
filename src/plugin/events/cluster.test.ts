import { describe, expect, it } from 'vitest'
import { clusterArticles, type ClusterItem } from './cluster.ts'

describe('clusterArticles', () => {
  const DAY = 86_400_000
  const at = (day: number) => Date.UTC(2020, 0, 1) + day * DAY
  // Each article from an outlet of its own unless told: one outlet's articles group only when nearly identical.
  let outlets = 0
  const item = (title: string, day: number, links: number[] = [], outlet = `outlet${outlets++}.example`): ClusterItem => ({ title, excerpt: '', time: at(day), links, outlet })
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => item(`Facial recognition police story number ${i} about ${['budgets', 'schools', 'airports', 'stadiums', 'courts'][i % 5]} item${i}`, i * 9))

  it('keeps two events apart that share their words but not their time', () => {
    const items = [
      item('Portland council bans facial recognition in city shops', 100),
      item('Portland bans facial recognition technology in shops and city offices', 100.5),
      item('Portland city council votes to ban facial recognition in shops', 101),
      item('Portland council bans facial recognition in city shops', 240),
      item('Portland bans facial recognition technology in shops and city offices', 240.5),
      item('Portland city council votes to ban facial recognition in shops', 241),
      ...filler(40),
    ]
    const labels = clusterArticles(items)
    expect(labels[0]).toBe(labels[1])
    expect(labels[1]).toBe(labels[2])
    expect(labels[3]).toBe(labels[4])
    expect(labels[4]).toBe(labels[5])
    expect(labels[0]).not.toBe(labels[3])
  })

  it('does not merge unrelated articles because a related entry links them', () => {
    const items = [item('Detroit police wrongful arrest lawsuit filed', 10, [1]), item('Boston school board buys new buses', 10.2, [0]), ...filler(40)]
    const labels = clusterArticles(items)
    expect(labels[0]).not.toBe(labels[1])
  })

  it('groups an undated article by its text, at the time of the article it is linked with', () => {
    const undated = (title: string, links: number[]): ClusterItem => ({ title, excerpt: '', time: null, links, outlet: `undated${outlets++}.example` })
    const items = [
      item('Detroit police wrongful arrest lawsuit filed', 10, [1, 2]),
      undated('Wrongful arrest lawsuit filed against Detroit police', [0]),
      undated('Boston school board buys new buses', [0]),
      item('Detroit police wrongful arrest lawsuit filed', 200),
      ...filler(40),
    ]
    const labels = clusterArticles(items)
    expect(labels[1]).toBe(labels[0])
    expect(labels[2]).not.toBe(labels[0])
  })

  it("keeps one outlet's posts on one subject apart, and joins its near-identical re-send", () => {
    const items = [
      item('Fieldbook adds offline mode to its mobile apps', 10, [], 'blog.example'),
      item('Fieldbook connectors: what is new in Fieldbook this month', 10.2, [], 'blog.example'),
      item('Fieldbook adds offline mode to its mobile apps (preview)', 11, [], 'blog.example'),
      item('Fieldbook portals get faster caching', 11.1, [], 'blog.example'),
      ...filler(40),
    ]
    const labels = clusterArticles(items)
    expect(labels[2]).toBe(labels[0])
    expect(new Set([labels[0], labels[1], labels[3]]).size).toBe(3)
  })

  it('names as first report an article close to the event, not an earlier one that shares a word', () => {
    const items = [
      item('Lakeside council debates parking meters downtown', 10),
      item('Lakeside council votes to ban police drones', 10.5),
      item('Lakeside bans police drones after council vote', 10.6),
      item('Council ban on police drones passes in Lakeside', 10.7),
      ...filler(40),
    ]
    const labels = clusterArticles(items)
    expect(labels[2]).toBe(labels[1])
    expect(labels[3]).toBe(labels[1])
    expect(labels[0]).not.toBe(labels[1])
  })

  it('keeps events small over many distinct stories that share common words', () => {
    // 300 stories of 3 articles each over 60 days: each shares the corpus's words
    // (police, city, council, surveillance) and has a name and a number of its own.
    const places = ['Ashford', 'Brookvale', 'Carlton', 'Dunmore', 'Eastleigh', 'Fairview', 'Glenwood', 'Hollis', 'Ironbridge', 'Jasper']
    const things = ['drones', 'cameras', 'plate readers', 'facial recognition', 'body cameras', 'gunshot sensors']
    const items: ClusterItem[] = []
    for (let s = 0; s < 300; s++) {
      const place = places[s % places.length]
      const thing = things[Math.floor(s / places.length) % things.length]
      const n = 100 + s
      const day = (s * 0.2) % 60
      items.push(item(`${place} police surveillance: council reviews ${thing} case ${n}`, day))
      items.push(item(`City council in ${place} weighs police ${thing} after case ${n}`, day + 0.1))
      items.push(item(`${place} council, police clash over ${thing} (case ${n})`, day + 0.3))
    }
    const labels = clusterArticles(items)
    const sizes = new Map<number, number>()
    for (const l of labels) sizes.set(l, (sizes.get(l) ?? 0) + 1)
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(6)
  })

  it('gives the same events whatever the order of equal-time items', () => {
    const items = [...filler(30), item('Portland bans facial recognition', 50), item('Portland bans facial recognition in shops', 50)]
    const a = clusterArticles(items)
    expect(a[30]).toBe(a[31])
    const reversed = clusterArticles([...items].reverse())
    const groupsOf = (labels: Int32Array, list: ClusterItem[]) =>
      new Set([...new Set(labels)].map((l) => list.filter((_, i) => labels[i] === l).map((x) => x.title).sort().join('|')))
    expect(groupsOf(reversed, [...items].reverse())).toEqual(groupsOf(a, items))
  })
})
