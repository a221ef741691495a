// An ANPR camera pushes its plate reads to us: this driver is the HTTP server
// they post to (xray-cameras-anpr.md §3.3). Hikvision ISAPI posts multipart
// (or bare) XML, Axis posts JSON; the Content-Type says which. Every post is
// answered: 200 for a plate or a heartbeat, 400/413/415 with the reason for
// anything else, which is also reported as an `incomplete` reading. A bad
// post is never a crash and never a plate. Optional Basic auth (cameras
// support it for their push targets).
import { timingSafeEqual } from 'node:crypto'
import { EventEmitter } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { z } from 'zod'
import type { Device, DeviceEvents, DriverDescriptor, Logger } from '../core/driver'
import { DeviceError } from '../core/device-error'
import { parseBasicAuthorization } from '../camera/http-auth'
import { parseAxisPost } from './axis-lpv-event'
import { parseHikvisionPost } from './hikvision-isapi-event'
import type { AnprFormat, AnprParseResult, AnprReading } from './plate-reading'

export const anprListenerConfigSchema = z
  .object({
    /**
     * Address to listen on. No default on purpose: cameras sit on the lane
     * network, so this is that interface's address (or 0.0.0.0), chosen by the
     * technician; tests use 127.0.0.1.
     */
    host: z.string().min(1).max(255),
    /** 0 picks a free port (tests). */
    port: z.number().int().min(0).max(65_535),
    auth: z.object({ username: z.string().min(1).max(128), password: z.string().min(1).max(256) }).strict().optional(),
    /** Larger posts are refused with 413 (a plate + scene JPEG is well under 2 MiB). */
    maxBodyBytes: z.number().int().min(1024).max(64 * 1024 * 1024).default(8 * 1024 * 1024),
  })
  .strict()
export type AnprListenerConfig = z.output<typeof anprListenerConfigSchema>

/** How the listener gets its HTTP server; injected like every driver's transport. */
export interface HttpServerFactory {
  createServer(handler: http.RequestListener): http.Server
}

export const nodeHttpServerFactory: HttpServerFactory = { createServer: (handler) => http.createServer(handler) }

const RAW_SNIPPET_BYTES = 1024

export class AnprListener implements Device<AnprReading> {
  private readonly events = new EventEmitter()
  private server: http.Server | null = null
  private address: AddressInfo | null = null
  private readonly refusals = new Map<string, number>()

  constructor(
    private readonly config: AnprListenerConfig,
    private readonly factory: HttpServerFactory,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  /** Where cameras should post (after open). */
  get url(): string {
    if (!this.address) throw new Error('AnprListener: open() it first')
    const host = this.address.family === 'IPv6' ? `[${this.address.address}]` : this.address.address
    return `http://${host}:${this.address.port}`
  }

  async open(): Promise<void> {
    if (this.server) return
    const server = this.factory.createServer((req, res) => this.handle(req, res))
    server.requestTimeout = 30_000
    server.headersTimeout = 10_000
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: Error & { code?: string }) => {
        const code = err.code ?? ''
        reject(
          code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL'
            ? new DeviceError('fatal', 'anpr-cannot-listen', `Cannot listen for ANPR cameras on ${this.config.host}:${this.config.port} (${code}): choose another address or port.`)
            : new DeviceError('transient', 'anpr-cannot-listen', `Cannot listen for ANPR cameras on ${this.config.host}:${this.config.port} (${err.message}).`),
        )
      })
      server.listen(this.config.port, this.config.host, () => resolve())
    })
    server.on('error', (err) => {
      this.log.error('ANPR listener failed', { error: err.message })
      if (this.server === server) {
        this.server = null
        server.close()
        this.events.emit('problem', new DeviceError('transient', 'anpr-listener-failed', `The ANPR listener stopped: ${err.message}`))
      }
    })
    this.server = server
    this.address = server.address() as AddressInfo
    this.log.info('ANPR listener open', { host: this.address.address, port: this.address.port })
  }

  async close(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  on<E extends keyof DeviceEvents<AnprReading>>(event: E, listener: DeviceEvents<AnprReading>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<AnprReading>>(event: E, listener: DeviceEvents<AnprReading>[E]): void {
    this.events.off(event, listener)
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.on('error', () => undefined) // a camera hanging up mid-post is not our crash
    if (req.method !== 'POST' && req.method !== 'PUT') {
      res.writeHead(405, { Allow: 'POST, PUT' }).end()
      req.resume()
      return
    }
    if (!this.authorised(req)) {
      req.resume()
      return this.refuse(res, 401, 'unauthorised', new Uint8Array(), undefined, { 'WWW-Authenticate': 'Basic realm="checkpoint-anpr"' })
    }
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > this.config.maxBodyBytes) {
      req.resume()
      return this.refuse(res, 413, 'body-too-large', new Uint8Array(), undefined, { Connection: 'close' })
    }
    const chunks: Buffer[] = []
    let size = 0
    let over = false
    req.on('data', (c: Buffer) => {
      if (over) return
      size += c.length
      if (size > this.config.maxBodyBytes) {
        over = true
        chunks.length = 0
        // Answer now and stop reading: a camera streaming megabytes of garbage is cut off.
        res.once('finish', () => req.destroy())
        this.refuse(res, 413, 'body-too-large', new Uint8Array(), undefined, { Connection: 'close' })
        return
      }
      chunks.push(c)
    })
    req.on('end', () => {
      if (over) return
      this.onPost(req, res, new Uint8Array(Buffer.concat(chunks)))
    })
  }

  private onPost(req: http.IncomingMessage, res: http.ServerResponse, body: Uint8Array): void {
    const receivedAt = this.now()
    const contentType = req.headers['content-type']
    const format = formatOf(contentType, body)
    if (!format) return this.refuse(res, 415, 'unsupported-media-type', body)
    let result: AnprParseResult
    try {
      result = format === 'axis' ? parseAxisPost(body, receivedAt) : parseHikvisionPost(contentType, body, receivedAt)
    } catch (err) {
      // The parsers return rejections; this only guards against a bug taking the listener down.
      this.log.error('ANPR post could not be parsed', { format, error: err instanceof Error ? err.message : String(err) })
      return this.refuse(res, 400, 'unparseable', body, format)
    }
    switch (result.kind) {
      case 'rejected':
        return this.refuse(res, result.status, result.detail, body, format)
      case 'ignored':
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK')
        return
      case 'plate':
        res.writeHead(200, { 'Content-Type': 'text/plain' }).end('OK')
        this.events.emit('reading', { ...result.reading, receivedAt })
    }
  }

  private refuse(res: http.ServerResponse, status: number, detail: string, body: Uint8Array, format?: AnprFormat, headers: http.OutgoingHttpHeaders = {}): void {
    if (!res.headersSent) res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify({ error: detail }))
    // A misconfigured camera repeats the same mistake on every vehicle: log the first few of each kind, then every 100th.
    const seen = (this.refusals.get(detail) ?? 0) + 1
    this.refusals.set(detail, seen)
    if (seen <= 3 || seen % 100 === 0) this.log.warn('ANPR post refused', { status, detail, count: seen, ...(format ? { format } : {}) })
    this.events.emit('reading', {
      type: 'incomplete',
      reason: 'bad-frame',
      detail,
      status,
      raw: body.slice(0, RAW_SNIPPET_BYTES),
      at: this.now(),
      ...(format ? { format } : {}),
    } satisfies AnprReading)
  }

  private authorised(req: http.IncomingMessage): boolean {
    const expected = this.config.auth
    if (!expected) return true
    const got = parseBasicAuthorization(req.headers.authorization)
    if (!got) return false
    return safeEqual(got.username, expected.username) && safeEqual(got.password, expected.password)
  }
}

/** Constant-time comparison, so a wrong password's timing says nothing about the right one. */
function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8')
  const y = Buffer.from(b, 'utf8')
  return x.length === y.length && timingSafeEqual(x, y)
}

function formatOf(contentType: string | undefined, body: Uint8Array): AnprFormat | null {
  const t = (contentType ?? '').toLowerCase()
  if (t.startsWith('multipart/') || t.includes('xml')) return 'hikvision-isapi'
  if (t.includes('json')) return 'axis'
  // No or generic Content-Type: sniff the first byte.
  if (t === '' || t.startsWith('text/plain') || t.startsWith('application/octet-stream')) {
    const first = Buffer.from(body.subarray(0, 64)).toString('utf8').trimStart()[0]
    if (first === '{') return 'axis'
    if (first === '<') return 'hikvision-isapi'
  }
  return null
}

export const anprListenerDriver: DriverDescriptor<AnprListenerConfig, HttpServerFactory, AnprReading> = {
  id: 'anpr-http-listener',
  kind: 'anpr',
  displayName: 'ANPR camera push listener (Hikvision ISAPI, Axis LPV)',
  // Capability is a closed union in drivers/core/driver.ts with no ANPR
  // entries yet; proposed: 'plate-events', 'plate-images'.
  capabilities: [],
  configSchema: anprListenerConfigSchema,
  create: ({ config, transport, log, now }) => new AnprListener(config, transport, log, now),
}
