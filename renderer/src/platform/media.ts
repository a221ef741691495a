// Where a media ticket's bytes are loaded from: the Electron shell's protocol when the preload
// is present, else the web host's `/media/<ticket>` route on the page's own origin. The ticket
// comes from `api.media.ticket` (roles checked on the main side) and is single-use.

/** The URL for one media ticket (a camera's live view or a scan's planes). */
export function mediaUrl(ticket: string): string {
  const safe = encodeURIComponent(ticket)
  if (typeof window !== 'undefined' && window.checkpoint) return `checkpoint-media://media/${safe}`
  return new URL(`/media/${safe}`, window.location.origin).href
}
