import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { CONTENT_SECURITY_POLICY } from './src/shared/csp.ts'
import { contentPlugin } from './src/plugin/index.ts'
import { resolveSite } from './src/plugin/options.ts'
import { shortName } from './src/shared/site.ts'

// The seeds' site. A site owner sets their own here, or with SITE_NAME, SITE_DESCRIPTION and SITE_LANG.
const site = resolveSite({
  name: 'Story Reader',
  description: 'Coverage of police use of facial recognition, story by story and outlet by outlet.',
  lang: 'en',
})

// BASE_PATH serves the app under a sub-path (e.g. `/news/`); SEEDS_DIR and SEEDS_STRICT
// are read by the content plugin.
export default defineConfig({
  base: process.env.BASE_PATH || '/',
  plugins: [
    react(),
    contentPlugin({ site }),
    // Offline reading and installing (src/features/offline/). injectManifest, not generateSW:
    // the worker must strip `Vary` from what it stores (see sw.ts), which the generated
    // worker's precache cannot do, and it is 40 plain lines.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/features/offline',
      filename: 'sw.ts',
      registerType: 'prompt',
      // The app registers the worker itself, after its first screen (src/main.tsx).
      injectRegister: false,
      // The shell only: the stories' own pages and data are cached as they are read.
      // As a classic script (iife): the default ES build passes Rolldown the deprecated
      // `inlineDynamicImports`, a warning on every build. A worker of one file needs neither.
      injectManifest: { globPatterns: ['index.html', 'assets/*.{js,css}', 'favicon.svg'], rollupFormat: 'iife' },
      manifest: {
        name: site.name,
        short_name: shortName(site.name),
        description: site.description,
        lang: site.lang,
        display: 'standalone',
        theme_color: '#ffffff',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  // The manifest lets bench/budgets.ts find exactly the JavaScript the first route loads.
  // Rolldown's timing report blames the content plugin's buildStart for reading the corpus,
  // which is its job; the benchmark measures it instead (npm run bench).
  build: {
    manifest: true,
    rolldownOptions: {
      checks: { bundlerTimings: false },
      // The modules the views share, as one chunk rather than a dozen of 1 KB (each costs its
      // own request and gzip dictionary); the search code stays out, loaded with the first search.
      output: { codeSplitting: { groups: [{ name: 'shared', test: /[\\/]src[\\/](filters|lib|shared[\\/](?!text-index)|content|components[\\/](?!search-row))/, minShareCount: 2 }] } },
    },
  },
  // The built HTML carries the same policy as a <meta>; the header adds what a meta cannot.
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    },
  },
  // Builds live under the root: the dev server must neither scan their HTML for
  // dependencies nor watch their (up to hundreds of thousands of) files.
  optimizeDeps: { entries: ['index.html'] },
  server: { watch: { ignored: ['**/dist/**', '**/dist-*/**', '**/test-results/**'] } },
})
