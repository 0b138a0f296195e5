import { useState } from 'react'
import { topicNeed } from '../../filters/filters.ts'
import { useFilters } from '../../filters/use-filters.ts'
import { useStoryIndex } from '../../lib/use-story-index.ts'
import { useOutletFacet, useTopicFacet } from '../../search/use-search.ts'
import type { FilterBarProps } from './filter-bar.tsx'

/**
 * What the list and the timeline need around their filter bar: the filters, the story
 * index (with the topics once the topic filter is reached), and the outlet and topic
 * counts under the other filters.
 */
export function useFilterBar() {
  const { filters, update, clear } = useFilters()
  const [topicsOpened, setTopicsOpened] = useState(false)
  const story = useStoryIndex(true, topicNeed(filters, topicsOpened))
  const facet = useOutletFacet(filters, story.index)
  const topicFacet = useTopicFacet(filters, story.index)
  const bar: FilterBarProps = { filters, update, facet, topicFacet, onTopicsOpen: () => setTopicsOpened(true) }
  return { filters, update, clear, ...story, bar }
}
