// The site's identity: what a site owner names their site. The build writes it into every
// HTML entry, the web manifest, the feeds and the app (as `__SITE__`); without the owner's
// values it is neutral, never the seeds' subject.

export interface SiteIdentity {
  /** The site's name: the header, every title, `og:site_name`, the manifest, the feeds. */
  name: string
  /** One sentence on what the site covers: the HTML description, the manifest, the feeds' subtitle. Empty for none. */
  description: string
  /** The language of the site's own words and of its stories (a BCP 47 tag). */
  lang: string
}

export const DEFAULT_SITE: SiteIdentity = { name: 'News reader', description: '', lang: 'en' }

/** A manifest's `short_name`: the name when it is short (home screens show about 12 characters), else its first word. */
export function shortName(name: string): string {
  return name.length <= 12 ? name : name.split(/\s+/)[0].slice(0, 12)
}
