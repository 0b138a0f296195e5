// Counts in words, the same on the page, in the HTML entries' descriptions and in the feeds.

/** "1 outlet", "2 outlets", "1,204 articles". */
export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`
}

/** "1 article from 1 outlet", "12 articles from 9 outlets". */
export function formatCoverage(articleCount: number, outletCount: number): string {
  return `${plural(articleCount, 'article')} from ${plural(outletCount, 'outlet')}`
}
