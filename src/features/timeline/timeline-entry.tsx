import { Link } from 'react-router'
import { ArticleLink } from '../../components/article-link.tsx'
import { ProviderBadge } from '../../components/provider-badge.tsx'
import { groupBy } from '../../lib/group.ts'
import type { ProviderList } from '../../content/types.ts'
import type { TimelineItem } from './use-timeline-items.ts'

/** One line of the timeline: a story of the corpus (inside the app) or related coverage (the outlet). */
export function TimelineEntry({ item, providers }: { item: TimelineItem; providers: Map<string, ProviderList[number]> }) {
  if (item.kind === 'story') {
    const provider = providers.get(item.row.provider)
    const name = item.row.providerName
    return (
      <li className="timeline-item">
        <Link to={`/story/${item.row.id}`}>{item.row.title}</Link>
        <span className="meta provider">
          <ProviderBadge name={name} domain={item.row.provider} logo={provider?.logo} />
          {name} · Quality {item.row.quality}
        </span>
      </li>
    )
  }
  const a = item.article
  return (
    <li className="timeline-item timeline-external">
      <ArticleLink title={a.title} webUrl={a.webUrl} domain={a.provider.domain} />
      <span className="meta provider">
        <ProviderBadge name={a.provider.name} domain={a.provider.domain} />
        {a.provider.name}
        {a.quality !== null && ` · Quality ${a.quality}`} · <span className="badge badge-muted">Related coverage</span>
      </span>
    </li>
  )
}

/** Items under their UTC day, in order. */
export function groupByDay(items: TimelineItem[]): [string, TimelineItem[]][] {
  return [...groupBy(items, (item) => item.date.slice(0, 10))]
}
