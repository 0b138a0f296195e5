import type { SiteIdentity } from '../shared/site.ts'

/** The site's name and description, as the build was told them (the content plugin defines `__SITE__`). */
export const SITE: SiteIdentity = __SITE__
