/** Text as searching compares it: accents dropped (NFKD), lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
}
