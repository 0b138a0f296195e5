import { describe, expect, it } from 'vitest'
import { clusterArticles, type ClusterItem } from './cluster.ts'
import { clusterOffThread } from './cluster-off-thread.ts'

describe('clusterOffThread', () => {
  it('gives what clusterArticles gives, in a worker or not', async () => {
    const items: ClusterItem[] = Array.from({ length: 60 }, (_, i) => ({
      title: `Council ${['bans', 'debates', 'funds'][i % 3]} cameras in ${['Portland', 'Boston', 'Austin', 'Denver'][i % 4]} ward ${i % 7}`,
      excerpt: '',
      outlet: `outlet${i % 9}.example`,
      time: Date.UTC(2020, 0, 1) + (i % 10) * 86_400_000,
      links: i > 0 && i % 5 === 0 ? [i - 1] : [],
    }))
    expect([...(await clusterOffThread(items.length, () => items, {}, 0)).labels]).toEqual([...clusterArticles(items)])
  })
})
