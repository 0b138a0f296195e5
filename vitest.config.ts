import { defineConfig } from 'vitest/config'
import { DEFAULT_SITE } from './src/shared/site.ts'

// Unit tests cover pure logic and the content plugin's modules; they need neither
// React's transform nor the content plugin itself.
export default defineConfig({
  // What the content plugin defines for the app: the neutral identity.
  define: { __SITE__: JSON.stringify(DEFAULT_SITE) },
  test: {
    include: ['src/**/*.test.ts'],
  },
})
