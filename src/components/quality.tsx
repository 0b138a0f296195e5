import { useQuery } from '@tanstack/react-query'
import { manifestQuery } from '../lib/content-queries.ts'
import { standing as standingOf } from '../shared/quality.ts'

/**
 * A quality score as its standing in this corpus ("Top 10 % quality"): raw scores mean
 * nothing across corpora. The number stays in the tooltip, and beside it where asked.
 */
export function Quality(props: { value: number; standing?: string; steps?: number[]; showScore?: boolean }) {
  const { value, standing, showScore = false } = props
  // A story page has the corpus's steps in its own file: it fetches no manifest for them.
  const { data } = useQuery({ ...manifestQuery(), enabled: standing === undefined && props.steps === undefined })
  const steps = props.steps ?? data?.qualitySteps
  const label = standing ?? (steps?.length ? standingOf(value, steps) : undefined)
  if (!label) return <span>Quality {value}</span>
  return (
    <span className="quality" title={`Quality score ${value}: ${label.toLowerCase()} of this reader’s stories`}>
      {label} quality{showScore && <span className="meta"> ({value})</span>}
    </span>
  )
}
