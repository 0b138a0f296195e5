import { Link } from 'react-router'
import { ArticleLink } from '../../components/article-link.tsx'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { Quality } from '../../components/quality.tsx'
import { groupBy } from '../../shared/group.ts'
import type { IndexRow, ProviderList } from '../../content/types.ts'
import { useRowAt } from '../../lib/use-story-index.ts'
import type { TimelineItem } from './use-timeline-items.ts'
import { storyPath } from '../../content/paths.ts'

type Providers = Map<string, ProviderList[number]>

/** One line of the timeline: a story of the corpus (inside the app) or related coverage (the outlet). */
export function TimelineEntry({ item, providers, pageSize }: { item: TimelineItem; providers: Providers; pageSize: number }) {
  if (item.kind === 'story') return <PagedStoryEntry position={item.position} pageSize={pageSize} providers={providers} />
  const a = item.article
  return (
    <li className="timeline-item timeline-external">
      <ArticleLink title={a.title} webUrl={a.webUrl} domain={a.provider.domain} />
      <span className="meta meta-items">
        <span className="provider">
          <ProviderBadge name={a.provider.name} domain={a.provider.domain} />
          {a.provider.name}
        </span>
        {a.quality !== null && <Quality value={a.quality} />}
        <span className="badge badge-muted">Related article</span>
      </span>
    </li>
  )
}

function PagedStoryEntry({ position, pageSize, providers }: { position: number; pageSize: number; providers: Providers }) {
  const { row, error } = useRowAt(position, pageSize)
  if (!row) return <li className="timeline-item meta">{error ? 'This story could not be loaded.' : 'Loading…'}</li>
  return <StoryEntry row={row} providers={providers} />
}

function StoryEntry({ row, providers }: { row: IndexRow; providers: Providers }) {
  const provider = providers.get(row.provider)
  const name = row.providerName
  return (
    <li className="timeline-item">
      <Link to={storyPath(row.id)}>{row.title}</Link>
      <span className="meta meta-items">
        <span className="provider">
          <ProviderBadge name={name} domain={row.provider} logo={provider?.logo} />
          {name}
        </span>
        <Quality value={row.quality} />
      </span>
    </li>
  )
}

/** Items under their UTC day, in order. */
export function groupByDay(items: TimelineItem[]): [string, TimelineItem[]][] {
  return [...groupBy(items, (item) => item.date.slice(0, 10))]
}
