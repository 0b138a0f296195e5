/** Text as searching compares it: accents dropped (NFKD), lower case. */
export function normalizeText(text: string): string {
  // ASCII is its own decomposition: only other text pays for NFKD (ICU's normalize was
  // 5 of the 9 s a 100,000-story build spent laying out its rows).
  const plain = NON_ASCII.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text
  return plain.toLowerCase()
}

/** Anything but printable ASCII (a tab or a line break, rare here, takes the long way). */
const NON_ASCII = /[^ -~]/
