/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** The site's identity, as the content plugin's options and SITE_NAME, SITE_DESCRIPTION, SITE_LANG give it. */
declare const __SITE__: import('./shared/site.ts').SiteIdentity
