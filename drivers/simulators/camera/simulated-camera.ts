// An IP camera, simulated at the wire: an HTTP server on 127.0.0.1 serving an
// MJPEG stream (`multipart/x-mixed-replace`) of a rendered lane scene with a
// readable plate, and a JPEG snapshot. Each part carries `X-Timestamp` (the
// capture time, ms since epoch) and `X-Frame` so latency and drops can be
// measured. Control surface for tests, scenarios and the trainer's panel:
// start/stop, setScene, setFps, setAuth (Basic/Digest), stall mid-frame,
// drop connections.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { redirectingConnector, type HttpConnector } from '../../camera/http-connector'
import { CameraAuthGate, type SimulatedCameraAuth } from './camera-auth-gate'
import { FrameRenderer } from './frame-renderer'
import type { LaneScene } from './lane-scene'
import { listenOnLoopback } from './loopback-http'

export interface SimulatedCameraOptions {
  width?: number
  height?: number
  fps?: number
  /** Port to listen on; 0 (default) picks a free one, kept across stop/start. */
  port?: number
  scene?: LaneScene
  auth?: SimulatedCameraAuth | null
  boundary?: string
  jpegQuality?: number
  /** Write Content-Length in each part header (default); false makes the driver scan for boundaries. */
  contentLength?: boolean
}

export const MJPEG_PATH = '/mjpeg'
export const SNAPSHOT_PATH = '/snapshot.jpg'

/** A client is skipped (frame dropped for it) when this many bytes are still unsent. */
const BACKPRESSURE_BYTES = 512 * 1024
const MAX_IN_FLIGHT = 2

interface Client {
  res: http.ServerResponse
  stalled: boolean
}

export interface SimulatedCameraStats {
  /** Frames rendered and sent to at least one client. */
  framesSent: number
  /** Frames skipped: a slow client, or the encoder more than a frame behind. */
  framesDropped: number
  clients: number
}

export class SimulatedCamera {
  private server: http.Server | null = null
  private port: number
  private renderer: FrameRenderer | null = null
  private scene: LaneScene
  private readonly clients = new Set<Client>()
  private timer: NodeJS.Timeout | null = null
  private frameIndex = 0
  private inFlight = 0
  private delivery: Promise<void> = Promise.resolve()
  private fps: number
  private stallNext = false
  readonly width: number
  readonly height: number
  private readonly boundary: string
  private readonly quality: number
  private readonly contentLength: boolean
  readonly gate = new CameraAuthGate()
  readonly stats: SimulatedCameraStats = { framesSent: 0, framesDropped: 0, clients: 0 }
  /** Called for every frame captured for streaming (bench: frames expected in a time window). */
  onFrameCaptured: ((index: number, capturedAt: number) => void) | null = null

  constructor(options: SimulatedCameraOptions = {}) {
    this.width = options.width ?? 1280
    this.height = options.height ?? 720
    this.fps = options.fps ?? 25
    this.port = options.port ?? 0
    this.scene = options.scene ?? { plate: 'AB 123 CD', vehicle: 'car', country: 'F' }
    this.boundary = options.boundary ?? 'checkpointframe'
    this.quality = options.jpegQuality ?? 75
    this.contentLength = options.contentLength ?? true
    this.gate.set(options.auth ?? null)
  }

  async start(): Promise<void> {
    if (this.server) return
    this.renderer ??= await FrameRenderer.create(this.width, this.height, this.scene, this.quality)
    const server = http.createServer((req, res) => this.handle(req, res))
    this.server = server
    this.port = await listenOnLoopback(server, this.port)
    this.schedule()
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    for (const c of this.clients) c.res.destroy()
    this.clients.clear()
    this.stats.clients = 0
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  get running(): boolean {
    return this.server !== null
  }

  get origin(): string {
    if (this.port === 0) throw new Error('SimulatedCamera: start() it first, the port is chosen when it listens')
    return `http://127.0.0.1:${this.port}`
  }

  get url(): string {
    return `${this.origin}${MJPEG_PATH}`
  }

  get snapshotUrl(): string {
    return `${this.origin}${SNAPSHOT_PATH}`
  }

  /** The driver's transport: reaches this simulator whatever host the driver is configured with. */
  get transport(): HttpConnector {
    return redirectingConnector(() => this.origin)
  }

  get connected(): boolean {
    return this.clients.size > 0
  }

  /** A vehicle (or none) in the lane; the base frames are re-rendered. */
  async setScene(scene: LaneScene): Promise<void> {
    this.scene = scene
    if (this.renderer) await this.renderer.setScene(scene)
  }

  setFps(fps: number): void {
    if (!(fps > 0 && fps <= 60)) throw new Error('fps must be in (0, 60]')
    this.fps = fps
  }

  setAuth(auth: SimulatedCameraAuth | null): void {
    this.gate.set(auth)
  }

  /** The next frame is sent only in part, then nothing more on open streams (the connection stays open). */
  stall(): void {
    this.stallNext = true
  }

  /** Stalled streams are dropped; new connections get frames again. */
  resume(): void {
    this.stallNext = false
    for (const c of [...this.clients]) if (c.stalled) this.drop(c)
  }

  /** Connections die but the camera keeps running (a client can reconnect at once). */
  dropConnections(): void {
    for (const c of [...this.clients]) this.drop(c)
  }

  private drop(c: Client): void {
    c.res.destroy()
    this.clients.delete(c)
    this.stats.clients = this.clients.size
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (req.method !== 'GET') {
      res.writeHead(405, { Allow: 'GET' }).end()
      return
    }
    const path = (req.url ?? '/').split('?')[0]
    if (path !== MJPEG_PATH && path !== SNAPSHOT_PATH) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      return
    }
    if (!this.gate.check(req, res)) return
    if (path === SNAPSHOT_PATH) {
      void this.renderer!.frame(this.frameIndex, captureTime()).then(
        (jpeg) => res.writeHead(200, { 'Content-Type': 'image/jpeg', 'Content-Length': jpeg.length }).end(jpeg),
        () => res.writeHead(500).end(),
      )
      return
    }
    res.writeHead(200, {
      'Content-Type': `multipart/x-mixed-replace; boundary=${this.boundary}`,
      'Cache-Control': 'no-cache, no-store',
      Connection: 'close',
      Pragma: 'no-cache',
    })
    res.socket?.setNoDelay(true)
    const client: Client = { res, stalled: false }
    this.clients.add(client)
    this.stats.clients = this.clients.size
    res.on('close', () => {
      this.clients.delete(client)
      this.stats.clients = this.clients.size
    })
  }

  /** A deadline-based tick so the rate does not drift with render time. */
  private schedule(): void {
    const period = 1000 / this.fps
    let next = performance.now() + period
    const tick = () => {
      if (!this.server) return
      this.produce()
      const step = 1000 / this.fps
      next += step
      const now = performance.now()
      if (next < now - step) {
        // Fell more than a frame behind (a busy or paused process): skip the missed ticks, as a camera would, rather than burst.
        const missed = Math.floor((now - next) / step)
        if (this.clients.size > 0) this.stats.framesDropped += missed
        next += missed * step
      }
      this.timer = setTimeout(tick, Math.max(0, next - now))
    }
    this.timer = setTimeout(tick, period)
  }

  private produce(): void {
    const live = [...this.clients].filter((c) => !c.stalled)
    if (live.length === 0 || !this.renderer) return
    // Two encodes may overlap (sharp runs them on libuv threads); frames still go out in order.
    if (this.inFlight >= MAX_IN_FLIGHT) {
      this.stats.framesDropped++
      return
    }
    const index = ++this.frameIndex
    const capturedAt = captureTime()
    this.onFrameCaptured?.(index, capturedAt)
    this.inFlight++
    const rendered = this.renderer.frame(index, capturedAt)
    this.delivery = this.delivery
      .then(() => rendered)
      .then(
        (jpeg) => this.send(jpeg, index, capturedAt),
        () => void this.stats.framesDropped++,
      )
      .finally(() => void this.inFlight--)
  }

  private send(jpeg: Buffer, index: number, capturedAt: number): void {
    const stall = this.stallNext
    this.stallNext = false
    const lines = [`--${this.boundary}`, 'Content-Type: image/jpeg']
    if (this.contentLength) lines.push(`Content-Length: ${jpeg.length}`)
    lines.push(`X-Timestamp: ${capturedAt.toFixed(3)}`, `X-Frame: ${index}`, '', '')
    const head = Buffer.from(lines.join('\r\n'), 'latin1')
    let sent = false
    for (const c of this.clients) {
      if (c.stalled) continue
      if (stall) {
        // Half a frame, then silence: the driver must notice on its own.
        c.res.write(Buffer.concat([head, jpeg.subarray(0, jpeg.length >> 1)]))
        c.stalled = true
        continue
      }
      if (c.res.writableLength > BACKPRESSURE_BYTES) {
        this.stats.framesDropped++
        continue
      }
      c.res.write(Buffer.concat([head, jpeg, CRLF]))
      sent = true
    }
    if (sent) this.stats.framesSent++
  }
}

const CRLF = Buffer.from('\r\n')

/** Wall-clock ms with sub-millisecond resolution (latency is measured against it). */
export function captureTime(): number {
  return performance.timeOrigin + performance.now()
}
