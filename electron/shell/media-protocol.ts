// `checkpoint-media://media/<ticket>`: the Electron host's route for a camera's live view and a
// scan's planes (the web host serves the same at /media/<ticket>). The ticket was issued through
// the contract, with roles checked; this only redeems it.
import { protocol } from 'electron'
import type { CheckpointApp } from '../app/checkpoint-app'

export const MEDIA_SCHEME = 'checkpoint-media'

/** Before app ready: the scheme streams (an <img> shows MJPEG) and fetch() may read it. */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: MEDIA_SCHEME, privileges: { standard: true, secure: true, stream: true, supportFetchAPI: true, corsEnabled: true } }])
}

export function handleMediaProtocol(checkpoint: CheckpointApp): void {
  protocol.handle(MEDIA_SCHEME, (request) => {
    const ticket = new URL(request.url).pathname.replace(/^\/+/, '')
    const media = request.method === 'GET' ? checkpoint.mediaResponse(ticket) : null
    if (!media) return new Response(null, { status: 405 })
    // The page (file://, origin "null") fetches across schemes: the single-use ticket is the secret, not the origin.
    const headers = {
      ...media.headers,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers': 'X-Scan-Width, X-Scan-Height, X-Scan-Planes',
    }
    if (media.body instanceof Uint8Array) return new Response(new Blob([new Uint8Array(media.body)]), { status: media.status, headers })
    const source = media.body
    let stop: (() => void) | null = null
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        stop = source.start({ write: (chunk) => controller.enqueue(chunk), congested: () => (controller.desiredSize ?? 0) <= 0 })
      },
      cancel() {
        stop?.()
      },
    })
    return new Response(stream, { status: media.status, headers })
  })
}
