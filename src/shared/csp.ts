// The Content-Security-Policy of the built site: a <meta> in every emitted HTML entry
// (the content plugin adds it) and the same header from `vite preview` (vite.config.ts).
// Scripts and styles come only from the site itself, no inline script; images only over
// https; frames only from the allow-listed video player.

export const PLAYER_ORIGIN = 'https://www.youtube-nocookie.com'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https:",
  `frame-src ${PLAYER_ORIGIN}`,
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')
