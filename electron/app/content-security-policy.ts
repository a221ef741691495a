/**
 * One strict policy for both hosts: no remote content, no inline or eval'd
 * script, no plugins, no framing. `connect-src` adds the loopback WebSocket
 * the web host serves the API on; `checkpoint-media:` is the Electron host's route for live
 * camera views and scan planes (the web host serves them from 'self').
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob: checkpoint-media:",
  "font-src 'self'",
  "media-src 'self' data: blob:",
  "connect-src 'self' ws://127.0.0.1:* checkpoint-media:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
