// OPTIONAL: an RTSP camera through ffmpeg, transcoded to MJPEG frames
// (xray-cameras-anpr.md §3.1 route 2: simple, CPU-heavy). Only usable where an
// ffmpeg binary exists (`ffmpegPath` in the config, $FFMPEG_PATH, or on PATH);
// none ships with the workstation (GPL, and ffmpeg-static downloads at
// install). ffmpeg's `mpjpeg` muxer writes a multipart stream with boundary
// `ffmpeg` and Content-length headers, framed by the same parser as HTTP
// cameras. The process spawner is injected so the framing is testable
// without ffmpeg.
import type { ChildProcess, SpawnOptions } from 'node:child_process'
import { spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { accessSync, constants } from 'node:fs'
import { delimiter, join } from 'node:path'
import { z } from 'zod'
import type { Device, DeviceEvents, DriverDescriptor, Logger } from '../core/driver'
import { DeviceError } from '../core/device-error'
import type { CameraFrame, CameraReading } from './camera-reading'
import { redactUrl } from './http-connector'
import { jpegDimensions, looksLikeJpeg } from './jpeg-dimensions'
import { MultipartStreamParser } from './multipart-stream-parser'

export const rtspMjpegConfigSchema = z
  .object({
    url: z.url({ protocol: /^rtsps?$/ }),
    username: z.string().max(128).optional(),
    password: z.string().max(256).optional(),
    fps: z.number().min(1).max(30).default(10),
    /** ffmpeg's -q:v, 2 (best) .. 31. */
    quality: z.number().int().min(2).max(31).default(5),
    ffmpegPath: z.string().min(1).optional(),
    stallTimeoutMs: z.number().int().min(500).max(120_000).default(10_000),
  })
  .strict()
export type RtspMjpegConfig = z.output<typeof rtspMjpegConfigSchema>

export type ProcessSpawner = (command: string, args: string[], options: SpawnOptions) => ChildProcess

/** The ffmpeg binary to use, or null if there is none. */
export function findFfmpeg(configured?: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = configured ? [configured] : env.FFMPEG_PATH ? [env.FFMPEG_PATH] : (env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, 'ffmpeg'))
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK)
      return c
    } catch {
      /* next */
    }
  }
  return null
}

/** ffmpeg arguments: RTSP over TCP in, JPEG frames as multipart out on stdout. */
export function ffmpegArgs(url: string, fps: number, quality: number): string[] {
  return ['-hide_banner', '-loglevel', 'error', '-nostdin', '-rtsp_transport', 'tcp', '-i', url, '-an', '-vf', `fps=${fps}`, '-q:v', String(quality), '-f', 'mpjpeg', 'pipe:1']
}

export class RtspMjpegTranscoder implements Device<CameraReading> {
  private readonly events = new EventEmitter()
  private child: ChildProcess | null = null
  private seq = 0
  private lastFrameAt = 0
  private watchdog: NodeJS.Timeout | null = null

  constructor(
    private readonly config: RtspMjpegConfig,
    private readonly spawner: ProcessSpawner,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  async open(): Promise<void> {
    if (this.child) return
    const ffmpeg = findFfmpeg(this.config.ffmpegPath)
    if (!ffmpeg) throw new DeviceError('fatal', 'ffmpeg-missing', 'RTSP cameras need ffmpeg, which is not installed on this workstation.')
    // ffmpeg takes RTSP credentials only inside the URL; they stay out of every log line.
    const url = new URL(this.config.url)
    if (this.config.username) {
      url.username = encodeURIComponent(this.config.username)
      url.password = encodeURIComponent(this.config.password ?? '')
    }
    const child = this.spawner(ffmpeg, ffmpegArgs(url.toString(), this.config.fps, this.config.quality), { stdio: ['ignore', 'pipe', 'pipe'] })
    this.child = child
    const parser = new MultipartStreamParser('ffmpeg')
    let stderr = ''
    child.stderr?.on('data', (c: Buffer) => {
      stderr = (stderr + c.toString('utf8')).slice(-2000)
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const e of parser.push(chunk)) {
        if (e.type !== 'part' || !looksLikeJpeg(e.body)) continue
        this.lastFrameAt = Date.now()
        const size = jpegDimensions(e.body)
        const frame: CameraFrame = { type: 'frame', jpeg: e.body, at: this.now(), seq: ++this.seq, ...(size ?? {}) }
        this.events.emit('reading', frame)
      }
    })
    child.on('error', (err) => this.fail(child, new DeviceError('fatal', 'ffmpeg-failed', `ffmpeg could not start: ${err.message}`)))
    child.on('exit', (code) => {
      const why = stderr.includes('401') || /Unauthorized/i.test(stderr) ? 'camera-auth-failed' : 'camera-unreachable'
      const kind = why === 'camera-auth-failed' ? 'fatal' : 'transient'
      this.fail(child, new DeviceError(kind, why, `ffmpeg stopped (exit ${code ?? 'signal'}) reading ${redactUrl(this.config.url)}${why === 'camera-auth-failed' ? ': the camera refused the credentials' : ''}.`))
    })
    this.lastFrameAt = Date.now()
    this.watchdog = setInterval(() => {
      if (this.child === child && Date.now() - this.lastFrameAt > this.config.stallTimeoutMs) {
        this.fail(child, new DeviceError('transient', 'camera-stalled', `No frame from ${redactUrl(this.config.url)} for ${this.config.stallTimeoutMs} ms.`))
      }
    }, Math.min(1000, this.config.stallTimeoutMs / 4))
    this.watchdog.unref?.()
    this.log.info('RTSP transcoder started', { url: redactUrl(this.config.url) })
  }

  async close(): Promise<void> {
    const child = this.child
    this.child = null
    if (this.watchdog) clearInterval(this.watchdog)
    this.watchdog = null
    child?.kill('SIGTERM')
  }

  on<E extends keyof DeviceEvents<CameraReading>>(event: E, listener: DeviceEvents<CameraReading>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<CameraReading>>(event: E, listener: DeviceEvents<CameraReading>[E]): void {
    this.events.off(event, listener)
  }

  private fail(child: ChildProcess, error: DeviceError): void {
    if (this.child !== child) return
    this.child = null
    if (this.watchdog) clearInterval(this.watchdog)
    this.watchdog = null
    child.kill('SIGKILL')
    this.log.warn('RTSP transcoder stopped', { url: redactUrl(this.config.url), code: error.code })
    this.events.emit('problem', error)
  }
}

/** The real spawner (node:child_process). */
export const nodeSpawner: ProcessSpawner = (command, args, options) => spawn(command, args, options)

export const rtspMjpegDriver: DriverDescriptor<RtspMjpegConfig, ProcessSpawner, CameraReading> = {
  id: 'rtsp-ffmpeg-camera',
  kind: 'camera',
  displayName: 'IP camera (RTSP through ffmpeg, optional)',
  capabilities: [],
  configSchema: rtspMjpegConfigSchema,
  create: ({ config, transport, log, now }) => new RtspMjpegTranscoder(config, transport, log, now),
}
