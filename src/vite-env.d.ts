/// <reference types="vite/client" />

declare module 'virtual:reader-content' {
  /** Where this build's data lives, e.g. `/data/3f9c0a1b2d/` (`/data/dev/` in `vite dev`). */
  export const dataBase: string
  /** Custom HMR event sent when a story file changes in `vite dev`. */
  export const updateEvent: string
}
