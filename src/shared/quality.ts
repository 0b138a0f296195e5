// Quality scores are raw numbers whose range depends on the corpus (the seeds 39–82, a
// real topic 11–189): a reader gets a story's standing in this corpus instead.
// Shared by the content plugin (which computes the steps) and the app (which shows them).

/** The shares of stories the steps name, best first. */
export const STANDINGS = [
  { share: 0.1, label: 'Top 10 %' },
  { share: 0.25, label: 'Top 25 %' },
  { share: 0.5, label: 'Top half' },
] as const

/** The lowest score inside each standing (`STANDINGS` order); empty for an empty corpus. */
export function qualitySteps(qualities: readonly number[]): number[] {
  if (qualities.length === 0) return []
  const sorted = [...qualities].sort((a, b) => b - a)
  return STANDINGS.map(({ share }) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)])
}

/** A score's standing: "Top 10 %", "Top 25 %", "Top half", or "Lower half". */
export function standing(quality: number, steps: readonly number[]): string {
  const at = steps.findIndex((min) => quality >= min)
  return at < 0 ? 'Lower half' : STANDINGS[at].label
}
