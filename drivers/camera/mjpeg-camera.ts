// An IP camera's MJPEG stream over HTTP (`multipart/x-mixed-replace`), the
// simplest live video a camera offers (xray-cameras-anpr.md §3.1). The driver
// GETs the stream (Basic or Digest auth), frames it with the pure
// MultipartStreamParser, checks each part is a whole JPEG and emits it as a
// `frame` reading. A lost connection or a stream that stops mid-frame is a
// `problem`; reconnecting is the DeviceManager's job. Credentials live only in
// the config and the Authorization header: never in logs, errors or readings.
import { EventEmitter } from 'node:events'
import type http from 'node:http'
import { z } from 'zod'
import type { Device, DeviceEvents, DriverDescriptor, Logger } from '../core/driver'
import { DeviceError, isDeviceError } from '../core/device-error'
import { authenticatedGet, type CameraAuth } from './authenticated-get'
import type { CameraFrame, CameraReading, CameraSnapshot } from './camera-reading'
import { DigestSession } from './http-auth'
import { redactUrl, type HttpConnector } from './http-connector'
import { jpegDimensions, looksLikeJpeg } from './jpeg-dimensions'
import { boundaryFromContentType, MultipartStreamParser, type MultipartHeaders } from './multipart-stream-parser'

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .refine((u) => !/^[a-z]+:\/\/[^/]*@/i.test(u), { message: 'put the user name and password in `auth`, not in the URL' })

export const mjpegCameraConfigSchema = z
  .object({
    /** The MJPEG stream, e.g. `http://10.0.0.21/axis-cgi/mjpg/video.cgi`. */
    url: httpUrl,
    /** A still-image URL (e.g. ONVIF's GetSnapshotUri); without one a snapshot is the latest streamed frame. */
    snapshotUrl: httpUrl.optional(),
    auth: z
      .object({
        username: z.string().min(1).max(128),
        password: z.string().max(256),
        /** `auto` answers whatever the camera asks (Digest preferred); `digest` never sends a password in clear. */
        scheme: z.enum(['auto', 'basic', 'digest']).default('auto'),
      })
      .strict()
      .optional(),
    connectTimeoutMs: z.number().int().min(100).max(60_000).default(5000),
    /** No complete frame for this long (while connected) is a stalled camera. */
    stallTimeoutMs: z.number().int().min(100).max(120_000).default(5000),
    maxFrameBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(8 * 1024 * 1024),
  })
  .strict()
export type MjpegCameraConfig = z.output<typeof mjpegCameraConfigSchema>

/** Counters a technician's diagnostics screen can show. */
export interface MjpegCameraStats {
  frames: number
  /** Parts that were malformed or were not a whole JPEG. */
  badParts: number
  bytes: number
}

export class MjpegCamera implements Device<CameraReading> {
  private readonly events = new EventEmitter()
  private readonly digest: DigestSession | undefined
  private readonly auth: CameraAuth | undefined
  private response: http.IncomingMessage | null = null
  private watchdog: NodeJS.Timeout | null = null
  private lastFrameAt = 0
  private seq = 0
  private latest: CameraFrame | null = null
  private parser: MultipartStreamParser | null = null
  /** Bumped by close(), so an open() still waiting for the camera knows it was cancelled. */
  private generation = 0
  readonly stats: MjpegCameraStats = { frames: 0, badParts: 0, bytes: 0 }

  constructor(
    private readonly config: MjpegCameraConfig,
    private readonly connector: HttpConnector,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.auth = config.auth ? { ...config.auth } : undefined
    this.digest = config.auth ? new DigestSession(config.auth) : undefined
  }

  async open(): Promise<void> {
    if (this.response) return
    const url = new URL(this.config.url)
    const generation = this.generation
    const res = await authenticatedGet({ connector: this.connector, url, auth: this.auth, digest: this.digest, timeoutMs: this.config.connectTimeoutMs })
    if (generation !== this.generation || this.response) {
      res.destroy() // close() was called (or another open() won) while connecting
      return
    }
    const boundary = boundaryFromContentType(res.headers['content-type'])
    if (!boundary) {
      res.destroy()
      throw new DeviceError('fatal', 'camera-not-mjpeg', `${redactUrl(url)} is not an MJPEG stream (Content-Type ${res.headers['content-type'] ?? 'none'}).`)
    }
    const parser = new MultipartStreamParser(boundary, { maxPartBytes: this.config.maxFrameBytes })
    this.parser = parser
    this.response = res
    this.lastFrameAt = Date.now()
    res.on('data', (chunk: Buffer) => {
      if (this.response !== res) return
      this.stats.bytes += chunk.length
      for (const event of parser.push(chunk)) {
        if (event.type === 'part') this.onPart(event.headers, event.body)
        else if (event.type === 'bad-part') this.onBadPart(event.reason)
        else this.lost(res, 'the camera ended the stream')
      }
    })
    res.on('error', (err: Error) => this.lost(res, `connection error (${err.message})`))
    res.on('end', () => this.lost(res, 'the camera closed the connection'))
    res.on('close', () => this.lost(res, 'the connection closed'))
    this.startWatchdog(res)
    this.log.info('camera stream open', { url: redactUrl(url) })
  }

  async close(): Promise<void> {
    this.generation++
    const res = this.response
    this.response = null
    this.parser = null
    this.stopWatchdog()
    res?.destroy()
  }

  on<E extends keyof DeviceEvents<CameraReading>>(event: E, listener: DeviceEvents<CameraReading>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<CameraReading>>(event: E, listener: DeviceEvents<CameraReading>[E]): void {
    this.events.off(event, listener)
  }

  /** A still: from the snapshot URL if configured, else the latest streamed frame. */
  async snapshot(): Promise<CameraSnapshot> {
    if (!this.config.snapshotUrl) {
      const f = this.latest
      if (!f) throw new DeviceError('transient', 'camera-no-frame', 'The camera has not delivered a frame yet.')
      return { type: 'snapshot', jpeg: f.jpeg, at: f.at, source: 'stream', ...(f.width ? { width: f.width, height: f.height } : {}) }
    }
    const url = new URL(this.config.snapshotUrl)
    const res = await authenticatedGet({ connector: this.connector, url, auth: this.auth, digest: this.digest, timeoutMs: this.config.connectTimeoutMs })
    const body = await readBody(res, this.config.maxFrameBytes, this.config.connectTimeoutMs)
    if (!looksLikeJpeg(body)) throw new DeviceError('transient', 'camera-bad-snapshot', `The snapshot from ${redactUrl(url)} is not a JPEG.`)
    const size = jpegDimensions(body)
    return { type: 'snapshot', jpeg: body, at: this.now(), source: 'snapshot-url', ...(size ?? {}) }
  }

  private onPart(headers: MultipartHeaders, body: Uint8Array): void {
    if (!looksLikeJpeg(body)) return this.onBadPart('not-jpeg')
    const size = jpegDimensions(body)
    const ts = Number(headers['x-timestamp'])
    this.lastFrameAt = Date.now()
    this.stats.frames++
    const frame: CameraFrame = {
      type: 'frame',
      jpeg: body,
      at: this.now(),
      seq: ++this.seq,
      ...(size ?? {}),
      ...(Number.isFinite(ts) && ts > 0 ? { sourceTimestamp: ts } : {}),
    }
    this.latest = frame
    this.events.emit('reading', frame)
  }

  private onBadPart(reason: string): void {
    this.stats.badParts++
    // One line per few bad parts at most: a broken camera must not flood the log.
    if (this.stats.badParts <= 3 || this.stats.badParts % 100 === 0) {
      this.log.warn('camera sent a bad part; skipped', { url: redactUrl(this.config.url), reason, badParts: this.stats.badParts })
    }
  }

  private startWatchdog(res: http.IncomingMessage): void {
    const period = Math.max(50, Math.min(1000, this.config.stallTimeoutMs / 4))
    this.watchdog = setInterval(() => {
      if (this.response !== res) return
      if (Date.now() - this.lastFrameAt < this.config.stallTimeoutMs) return
      const mid = this.parser?.midPart ? ' (stopped in the middle of a frame)' : ''
      this.fail(res, new DeviceError('transient', 'camera-stalled', `The camera at ${redactUrl(this.config.url)} sent no complete frame for ${this.config.stallTimeoutMs} ms${mid}.`))
    }, period)
    this.watchdog.unref?.()
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearInterval(this.watchdog)
    this.watchdog = null
  }

  private lost(res: http.IncomingMessage, why: string): void {
    this.fail(res, new DeviceError('transient', 'camera-unreachable', `Lost the camera stream at ${redactUrl(this.config.url)}: ${why}.`))
  }

  /** Reports a problem once per connection, and drops that connection. */
  private fail(res: http.IncomingMessage, error: DeviceError): void {
    if (this.response !== res) return // closed by us, or already reported
    this.response = null
    this.parser = null
    this.stopWatchdog()
    res.destroy()
    this.log.warn('camera stream lost', { url: redactUrl(this.config.url), code: error.code })
    this.events.emit('problem', error)
  }
}

function readBody(res: http.IncomingMessage, limit: number, timeoutMs: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    const timer = setTimeout(() => {
      res.destroy()
      reject(new DeviceError('transient', 'camera-unreachable', 'The snapshot did not arrive in time.'))
    }, timeoutMs)
    res.on('data', (c: Buffer) => {
      size += c.length
      if (size > limit) {
        clearTimeout(timer)
        res.destroy()
        reject(new DeviceError('transient', 'camera-bad-snapshot', `The snapshot is larger than ${limit} bytes.`))
      } else chunks.push(c)
    })
    res.on('end', () => {
      clearTimeout(timer)
      resolve(new Uint8Array(Buffer.concat(chunks)))
    })
    res.on('error', (err) => {
      clearTimeout(timer)
      reject(isDeviceError(err) ? err : new DeviceError('transient', 'camera-unreachable', `The snapshot download failed (${err.message}).`))
    })
  })
}

export const mjpegCameraDriver: DriverDescriptor<MjpegCameraConfig, HttpConnector, CameraReading> = {
  id: 'mjpeg-http-camera',
  kind: 'camera',
  displayName: 'IP camera (MJPEG over HTTP)',
  // Capability is a closed union in drivers/core/driver.ts with no camera
  // entries yet; proposed: 'mjpeg-stream', 'snapshot'.
  capabilities: [],
  configSchema: mjpegCameraConfigSchema,
  create: ({ config, transport, log, now }) => new MjpegCamera(config, transport, log, now),
}
