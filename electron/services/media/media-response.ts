// What a media ticket yields, independent of the host: the web host pipes it into an HTTP
// response, the Electron shell into its protocol handler. A camera is a
// multipart/x-mixed-replace stream of its latest frames (an <img> shows it as live video); a
// scan is its planes as raw uint16 little-endian.
import type { CameraHub } from './camera-hub'
import type { MediaResource } from './media-tickets'

export interface MediaResponse {
  status: number
  headers: Record<string, string>
  /** A whole body, or a stream the host writes chunk by chunk until `stop` is called. */
  body: Uint8Array | { start(sink: MediaSink): () => void }
}

export interface MediaSink {
  write(chunk: Uint8Array): void
  /** The viewer has not taken what was written yet (a slow tab, a paused window). */
  congested(): boolean
}

export interface MediaSources {
  cameras: CameraHub
  /** A known camera device id (configured, of kind camera). */
  isCamera(deviceId: string): boolean
  scanPlanes(scanId: string): { bytes: Uint8Array; width: number; height: number; planes: number } | null
}

const BOUNDARY = 'checkpointframe'
const text = (status: number, message: string): MediaResponse => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: new TextEncoder().encode(message) })

export function mediaResponse(resource: MediaResource | null, sources: MediaSources): MediaResponse {
  if (!resource) return text(403, 'This media link has expired or was already used: ask for a new one.')
  if (resource.kind === 'scan') {
    const planes = sources.scanPlanes(resource.scanId)
    if (!planes) return text(404, `No scan ${resource.scanId}.`)
    return {
      status: 200,
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Scan-Width': String(planes.width),
        'X-Scan-Height': String(planes.height),
        'X-Scan-Planes': String(planes.planes),
      },
      body: planes.bytes,
    }
  }
  const { deviceId } = resource
  if (!sources.isCamera(deviceId)) return text(404, `No camera ${deviceId}.`)
  return {
    status: 200,
    headers: { 'Content-Type': `multipart/x-mixed-replace; boundary=${BOUNDARY}`, 'Cache-Control': 'no-store' },
    body: {
      start(sink) {
        return sources.cameras.watch(deviceId, (frame) => {
          // A viewer that cannot keep up skips frames rather than buffering them: live means now.
          if (sink.congested()) return
          sink.write(new TextEncoder().encode(`--${BOUNDARY}\r\nContent-Type: image/jpeg\r\nContent-Length: ${frame.jpeg.length}\r\nX-Frame-Seq: ${frame.seq}\r\n\r\n`))
          sink.write(frame.jpeg)
          sink.write(new TextEncoder().encode('\r\n'))
        })
      },
    },
  }
}
