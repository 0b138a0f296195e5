import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { contentPlugin } from './src/plugin/index.ts'

// BASE_PATH serves the app under a sub-path (e.g. `/news/`); SEEDS_DIR and SEEDS_STRICT
// are read by the content plugin.
export default defineConfig({
  base: process.env.BASE_PATH || '/',
  plugins: [react(), contentPlugin()],
  preview: { port: 4173, strictPort: true },
})
