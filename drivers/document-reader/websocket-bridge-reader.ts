// A full-page reader (Thales AT10K/QS2000/CR5400, Regula, Desko…) behind its
// vendor's local bridge process, which speaks JSON over a WebSocket
// (documents-and-readers.md §3 D):
//   {type:"status", status:"waiting_for_document"|"reading"|"idle"}
//   {type:"result", data:{mrz, images, chip}}
//   {type:"error", code, message}
// The driver is the client. Every message is validated; anything malformed
// is logged and reported as a bad frame, never trusted and never a crash.
// Reconnecting is the DeviceManager's job: a closed socket is a `problem`.
import { EventEmitter } from 'node:events'
import type WebSocket from 'ws'
import { z } from 'zod'
import type {
  Device,
  DocumentImagesMeta,
  DocumentReaderDeviceEvents,
  DocumentReaderEvent,
  DocumentReaderStatus,
  DriverDescriptor,
  Logger,
} from '../core/driver'
import { DeviceError } from '../core/device-error'
import type { BridgeConnector } from '../transports/ws-bridge'
import { classifyMrzLines, mrzIsValid, ReadDeduplicator, splitMrzText } from './mrz-lines'

export const DEFAULT_BRIDGE_URL = 'ws://127.0.0.1:8765'

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** zod runs refinements even after the URL check failed: never throw here. */
function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname
  } catch {
    return ''
  }
}

export const websocketBridgeReaderConfigSchema = z
  .object({
    /**
     * The bridge's address. Plain ws:// only to this machine (loopback): MRZ
     * data must not cross a network unencrypted, and a bridge elsewhere on
     * the LAN could be anyone's. A remote bridge needs wss://.
     */
    url: z
      .url({ protocol: /^wss?$/ })
      .default(DEFAULT_BRIDGE_URL)
      .refine((u) => u.startsWith('wss:') || LOOPBACK_HOSTS.test(hostnameOf(u)), {
        message: 'ws:// is only allowed to a loopback address (127.0.0.1, ::1, localhost); use wss:// for any other host',
      }),
    connectTimeoutMs: z.number().int().min(100).max(60_000).default(3000),
    /** Ping interval; a bridge that misses a pong is treated as gone. 0 disables. */
    heartbeatMs: z.number().int().min(0).max(300_000).default(10_000),
    /** Identical reads within this window are dropped as duplicates. */
    dedupeMs: z.number().int().min(0).max(10_000).default(2000),
  })
  .strict()
export type WebsocketBridgeReaderConfig = z.output<typeof websocketBridgeReaderConfigSchema>

// ---- The bridge protocol, validated ---------------------------------------

const statusMessageSchema = z.object({
  type: z.literal('status'),
  status: z.enum(['waiting_for_document', 'waiting', 'reading', 'idle']),
})

/** Images as a list of `{type, …}` or as a map `{visible: "<base64>", ir: null, …}`: only kinds and count are kept. */
const imagesSchema = z.union([z.array(z.object({ type: z.string().min(1).max(64) })), z.record(z.string().min(1).max(64), z.unknown())])

const resultMessageSchema = z.object({
  type: z.literal('result'),
  data: z.object({
    mrz: z.string().max(4096).nullable().optional(),
    images: imagesSchema.nullable().optional(),
    // `chip` (and any `verified` flag, at any level) is deliberately NOT in
    // this schema, so zod strips it. The reference bridge hard-codes
    // `chip.verified = true` whatever the chip said; a vendor "verified" is a
    // claim, not a check. Chip data is trusted only after our own Passive
    // Authentication against the CSCA master list (documents-and-readers.md
    // §4), which needs the raw data groups and SOD, not a boolean.
  }),
})

const errorMessageSchema = z.object({
  type: z.literal('error'),
  code: z.union([z.string().max(200), z.number()]),
  message: z.string().max(2000).optional(),
})

export const bridgeMessageSchema = z.discriminatedUnion('type', [statusMessageSchema, resultMessageSchema, errorMessageSchema])
export type BridgeMessage = z.infer<typeof bridgeMessageSchema>

const STATUS: Record<z.infer<typeof statusMessageSchema>['status'], DocumentReaderStatus> = {
  waiting_for_document: 'waiting',
  waiting: 'waiting',
  reading: 'reading',
  idle: 'idle',
}

/** How much of a rejected message is kept as `raw` (results can hold megabytes of images). */
const RAW_SNIPPET_BYTES = 1024

// ---- The driver -------------------------------------------------------------

export class WebsocketBridgeReader implements Device<DocumentReaderEvent> {
  private readonly events = new EventEmitter()
  private socket: WebSocket | null = null
  private readonly dedupe: ReadDeduplicator
  private lastStatus: DocumentReaderStatus | null = null
  private heartbeat: NodeJS.Timeout | null = null
  private awaitingPong = false

  constructor(
    private readonly config: WebsocketBridgeReaderConfig,
    private readonly connector: BridgeConnector,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.dedupe = new ReadDeduplicator(config.dedupeMs)
  }

  async open(): Promise<void> {
    if (this.socket) return
    const url = this.config.url
    let ws: WebSocket
    try {
      ws = this.connector.connect(url, { handshakeTimeoutMs: this.config.connectTimeoutMs })
    } catch (err) {
      throw new DeviceError('fatal', 'bad-configuration', `Cannot connect to ${url}: ${message(err)}`)
    }
    // Every listener is attached before the socket opens: a message the
    // bridge sends right on connect (its greeting status) can be dispatched
    // before an awaiting caller resumes, and would otherwise be lost.
    this.socket = ws
    this.lastStatus = null
    let opened = false
    let failOpen: (error: DeviceError) => void = () => undefined
    ws.on('message', (data: WebSocket.RawData, isBinary: boolean) => {
      if (this.socket === ws) this.onMessage(data, isBinary)
    })
    ws.on('pong', () => {
      this.awaitingPong = false
    })
    // The 'error' listener stays for the socket's whole life: an
    // EventEmitter 'error' without one would crash the process.
    ws.on('error', (err: Error) => {
      if (opened) this.log.warn('bridge socket error', { url, error: err.message })
      else failOpen(classifyConnectError(url, err))
    })
    ws.on('close', (code: number, reason: Buffer) => {
      if (opened) this.onClosed(ws, code, reason.toString('utf8'))
      else failOpen(new DeviceError('transient', 'open-failed', `The document reader bridge at ${url} closed the connection while opening (code ${code}).`))
    })
    await new Promise<void>((resolve, reject) => {
      failOpen = (error) => {
        failOpen = () => undefined // the first reason wins ('error' is followed by 'close')
        if (this.socket === ws) this.socket = null
        reject(error)
      }
      ws.once('open', () => {
        opened = true
        resolve()
      })
    })
    if (this.socket === ws) this.startHeartbeat(ws) // unless close() was called while connecting
  }

  async close(): Promise<void> {
    this.stopHeartbeat()
    const ws = this.socket
    this.socket = null
    if (!ws || ws.readyState === ws.CLOSED) return
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        ws.terminate()
        resolve()
      }, 1000)
      ws.once('close', () => {
        clearTimeout(force)
        resolve()
      })
      ws.close(1000, 'workstation closing')
    })
  }

  on<E extends keyof DocumentReaderDeviceEvents>(event: E, listener: DocumentReaderDeviceEvents[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DocumentReaderDeviceEvents>(event: E, listener: DocumentReaderDeviceEvents[E]): void {
    this.events.off(event, listener)
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data)
    const raw = () => new Uint8Array(bytes.subarray(0, RAW_SNIPPET_BYTES))
    if (isBinary) return this.badFrame('binary-message', raw(), 'bridge sent a binary message')
    let json: unknown
    try {
      json = JSON.parse(bytes.toString('utf8'))
    } catch (err) {
      return this.badFrame('invalid-json', raw(), 'bridge sent malformed JSON', { error: message(err) })
    }
    const parsed = bridgeMessageSchema.safeParse(json)
    if (!parsed.success) {
      return this.badFrame('schema', raw(), 'bridge message failed validation', {
        issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`),
      })
    }
    const msg = parsed.data
    const at = this.now()
    switch (msg.type) {
      case 'status': {
        const status = STATUS[msg.status]
        this.lastStatus = status
        this.events.emit('status', { type: 'status', status, at })
        return
      }
      case 'error': {
        const code = String(msg.code)
        this.log.warn('bridge reported an error', { code, message: msg.message })
        this.emitReading({ type: 'incomplete', reason: 'reader-error', detail: code, raw: raw(), at })
        return
      }
      case 'result':
        return this.onResult(msg.data, at)
    }
  }

  private onResult(data: z.infer<typeof resultMessageSchema>['data'], at: number): void {
    const mrzText = data.mrz ?? ''
    const raw = new Uint8Array(Buffer.from(mrzText, 'utf8'))
    const verdict = classifyMrzLines(splitMrzText(mrzText), (lines) =>
      mrzIsValid(lines, (err) => this.log.error('MRZ validation failed', { error: message(err) })),
    )
    if (verdict.type === 'incomplete') {
      this.log.info('bridge result holds no complete MRZ', { detail: verdict.detail })
      this.emitReading({ type: 'incomplete', reason: verdict.reason, detail: verdict.detail, raw, at })
      return
    }
    if (this.dedupe.isDuplicate(verdict.lines, at)) {
      this.log.info('duplicate read dropped')
      return
    }
    const images = imagesMeta(data.images)
    this.emitReading({
      type: 'document',
      lines: verdict.lines,
      raw,
      checkDigitsPassed: verdict.checkDigitsPassed,
      at,
      ...(images ? { images } : {}),
    })
  }

  private badFrame(detail: string, raw: Uint8Array, logMessage: string, fields: Record<string, unknown> = {}): void {
    this.log.warn(logMessage, { url: this.config.url, detail, ...fields })
    this.emitReading({ type: 'incomplete', reason: 'bad-frame', detail, raw, at: this.now() })
  }

  private emitReading(reading: DocumentReaderEvent): void {
    this.events.emit('reading', reading)
  }

  private onClosed(ws: WebSocket, code: number, reason: string): void {
    if (this.socket !== ws) return // closed by us
    this.stopHeartbeat()
    this.socket = null
    const midRead = this.lastStatus === 'reading'
    this.lastStatus = null
    this.events.emit(
      'problem',
      new DeviceError(
        'needs-operator',
        'bridge-disconnected',
        `Document reader bridge at ${this.config.url} disconnected${midRead ? ' during a read' : ''} (code ${code}${reason ? `: ${reason}` : ''}): check that the reader service is running.`,
      ),
    )
  }

  private startHeartbeat(ws: WebSocket): void {
    if (this.config.heartbeatMs === 0) return
    this.awaitingPong = false
    this.heartbeat = setInterval(() => {
      if (this.awaitingPong) {
        this.log.warn('bridge missed a heartbeat', { url: this.config.url })
        ws.terminate() // 'close' follows and reports the problem
        return
      }
      this.awaitingPong = true
      ws.ping()
    }, this.config.heartbeatMs)
    this.heartbeat.unref?.()
  }

  private stopHeartbeat(): void {
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
  }
}

function imagesMeta(images: z.infer<typeof imagesSchema> | null | undefined): DocumentImagesMeta | undefined {
  if (!images) return undefined
  const types = Array.isArray(images)
    ? images.map((i) => i.type)
    : Object.entries(images)
        .filter(([, v]) => v !== null && v !== undefined && v !== false && v !== '')
        .map(([k]) => k)
  return { count: types.length, types }
}

function classifyConnectError(url: string, err: Error & { code?: string }): DeviceError {
  const m = err.message
  if (err.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(m)) {
    return new DeviceError('needs-operator', 'bridge-not-running', `No document reader bridge answers at ${url}: start the reader service. (${m})`)
  }
  if (/handshake has timed out|ETIMEDOUT/i.test(m)) {
    return new DeviceError('transient', 'bridge-timeout', `The document reader bridge at ${url} did not answer in time. (${m})`)
  }
  if (/Unexpected server response/i.test(m)) {
    return new DeviceError('needs-operator', 'bridge-refused', `Something at ${url} is not the document reader bridge, or refused the connection. (${m})`)
  }
  return new DeviceError('transient', 'open-failed', `Could not connect to the document reader bridge at ${url}. (${m})`)
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

export const websocketBridgeReaderDriver: DriverDescriptor<WebsocketBridgeReaderConfig, BridgeConnector, DocumentReaderEvent> = {
  id: 'websocket-bridge-mrz',
  kind: 'document-reader',
  displayName: 'Full-page document reader (vendor bridge, JSON over WebSocket)',
  capabilities: ['mrz-lines', 'reader-status', 'page-images', 'network-bridge'],
  configSchema: websocketBridgeReaderConfigSchema,
  create: ({ config, transport, log, now }) => new WebsocketBridgeReader(config, transport, log, now),
}
