import { defineConfig } from 'vitest/config'

// Unit tests cover pure logic and the content plugin's modules; they need neither
// React's transform nor the content plugin itself.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
  },
})
