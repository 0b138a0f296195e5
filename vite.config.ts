import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { CONTENT_SECURITY_POLICY } from './src/lib/csp.ts'
import { contentPlugin } from './src/plugin/index.ts'

// BASE_PATH serves the app under a sub-path (e.g. `/news/`); SEEDS_DIR and SEEDS_STRICT
// are read by the content plugin.
export default defineConfig({
  base: process.env.BASE_PATH || '/',
  plugins: [react(), contentPlugin()],
  // The manifest lets bench/budgets.ts find exactly the JavaScript the first route loads.
  // Rolldown's timing report blames the content plugin's buildStart for reading the corpus,
  // which is its job; the benchmark measures it instead (npm run bench).
  build: { manifest: true, rolldownOptions: { checks: { bundlerTimings: false } } },
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
