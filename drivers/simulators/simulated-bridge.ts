// A vendor's full-page reader bridge, simulated: a real WebSocket server on
// 127.0.0.1 (ephemeral port) speaking the bridge's JSON protocol, with the
// controls a test, a scenario or a trainer needs: present a document, send
// malformed JSON, an error, a result that lies ("verified": true on a bad
// MRZ), drop the connection, stop the bridge (unplug) and restart it
// (replug) on the same port.
import WebSocket, { WebSocketServer } from 'ws'
import type { DocumentReaderSimulator } from '../core/simulator'
import type { BridgeConnector } from '../transports/ws-bridge'
import { noiseBytes } from './simulated-serial-wire'

export type BridgeStatus = 'waiting_for_document' | 'reading' | 'idle'

export interface SimulatedBridgeOptions {
  /** Port to listen on; 0 (default) picks a free one, kept across unplug/replug. */
  port?: number
  /** Send `status: waiting_for_document` to each client that connects (as the reference bridge does). */
  greet?: boolean
  /** Answer WebSocket pings (default). false simulates a hung bridge process whose socket stays open. */
  answerPings?: boolean
}

export interface BridgePresentOptions {
  /** How `data.mrz` is written: lines separated by LF (default), or one run of 88/90/72 characters. */
  mrzFormat?: 'lines' | 'run'
  /** `data.images` as sent; default three small placeholder captures. */
  images?: unknown
  /** `data.chip` as sent; default none. */
  chip?: unknown
}

const PLACEHOLDER_IMAGE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAcCBlCwAAAABJRU5ErkJggg=='

export class SimulatedBridge implements DocumentReaderSimulator {
  private server: WebSocketServer | null = null
  private listening: Promise<void> = Promise.resolve()
  private port: number
  private readonly greet: boolean
  private readonly answerPings: boolean
  /** Messages the host sent to the bridge. */
  readonly received: string[] = []

  constructor(options: SimulatedBridgeOptions = {}) {
    this.port = options.port ?? 0
    this.greet = options.greet ?? true
    this.answerPings = options.answerPings ?? true
  }

  /** Starts the bridge (if not running) and resolves once it listens. */
  async start(): Promise<void> {
    if (!this.server) this.listen()
    await this.listening
  }

  /** Resolves once a (re)started bridge listens. */
  ready(): Promise<void> {
    return this.listening
  }

  /** Stops the bridge for good (test cleanup). */
  async stop(): Promise<void> {
    await this.shutdown()
  }

  get url(): string {
    if (this.port === 0) throw new Error('SimulatedBridge: start() it first, the port is chosen when it listens')
    return `ws://127.0.0.1:${this.port}`
  }

  /** The driver's transport: a connector that reaches this simulator whatever URL the driver is configured with. */
  get transport(): BridgeConnector {
    return {
      connect: (_url, options) => new WebSocket(this.url, { handshakeTimeout: options.handshakeTimeoutMs, perMessageDeflate: false }),
    }
  }

  get plugged(): boolean {
    return this.server !== null
  }

  get connected(): boolean {
    return this.clients().length > 0
  }

  /** A document is read: status reading, the result, status waiting. */
  present(lines: readonly string[], options: BridgePresentOptions = {}): void {
    this.sendStatus('reading')
    this.sendResult(this.resultData(lines, options))
    this.sendStatus('waiting_for_document')
  }

  /** Text that is not JSON at all. */
  sendNoise(seed = 1, length = 24): void {
    this.sendRaw(noiseBytes(seed, length).toString('latin1'))
  }

  /** The document is pulled out mid-read: the bridge returns only part of the MRZ. */
  sendPartial(lines: readonly string[]): void {
    this.sendStatus('reading')
    this.sendResult({ mrz: `${lines[0] ?? ''}\n${(lines[1] ?? '').slice(0, 12)}`, images: [] })
    this.sendStatus('waiting_for_document')
  }

  /** A message cut off mid-JSON. */
  sendMalformedJson(): void {
    this.sendRaw('{"type":"result","data":{"mrz":"P<UTOERIKSSON<<ANNA')
  }

  /** Well-formed JSON that breaks the protocol's schema. */
  sendSchemaViolation(): void {
    this.sendRaw(JSON.stringify({ type: 'result', data: { mrz: 42, images: 'all of them' } }))
  }

  /** The bridge reports an error, e.g. another process holds the reader. */
  sendError(code: string | number = 'ERROR_CAMERA_DRIVER_ERROR', message = 'ERROR_CAMERA_DRIVER_ERROR - 536870916'): void {
    this.send({ type: 'error', code, message })
  }

  /**
   * A result that claims everything was verified (chip and document) while
   * the MRZ it carries fails its check digits: as the reference bridge, which
   * hard-codes chip.verified = true. Default: the given lines with the
   * document-number check digit altered.
   */
  sendVerifiedLie(lines: readonly string[]): void {
    const bad = [...lines]
    const numberLine = bad.length === 3 ? 0 : 1
    const digitAt = bad.length === 3 ? 14 : 9
    const l = bad[numberLine] ?? ''
    const d = l.charAt(digitAt)
    bad[numberLine] = l.slice(0, digitAt) + (d === '9' ? '0' : /\d/.test(d) ? String(Number(d) + 1) : '1') + l.slice(digitAt + 1)
    const data = { ...this.resultData(bad, { chip: { verified: true, read: true, passiveAuthentication: 'OK' } }), verified: true, valid: true }
    this.send({ type: 'result', verified: true, data })
  }

  sendStatus(status: BridgeStatus | string): void {
    this.send({ type: 'status', status })
  }

  sendResult(data: unknown): void {
    this.send({ type: 'result', data })
  }

  send(message: unknown): void {
    this.sendRaw(JSON.stringify(message))
  }

  /** Exactly this text, as one WebSocket text message, to every connected client. */
  sendRaw(text: string): void {
    for (const c of this.clients()) c.send(text)
  }

  /** A binary message, which the protocol does not use. */
  sendBinary(bytes: Uint8Array): void {
    for (const c of this.clients()) c.send(bytes, { binary: true })
  }

  /** The bridge drops its connections but keeps running (a client can reconnect at once). */
  dropConnections(): void {
    for (const c of this.clients()) c.terminate()
  }

  /** The bridge process stops: connections die, nothing listens. */
  unplug(): void {
    void this.shutdown()
  }

  /** The bridge process starts again on the same port; await ready() before expecting connections. */
  replug(): void {
    if (!this.server) this.listen()
  }

  private resultData(lines: readonly string[], options: BridgePresentOptions): Record<string, unknown> {
    const mrz = options.mrzFormat === 'run' ? lines.join('') : lines.join('\n')
    const images = options.images ?? [
      { type: 'visible', format: 'png', data: PLACEHOLDER_IMAGE },
      { type: 'ir', format: 'png', data: PLACEHOLDER_IMAGE },
      { type: 'uv', format: 'png', data: PLACEHOLDER_IMAGE },
    ]
    return { mrz, images, ...(options.chip === undefined ? {} : { chip: options.chip }) }
  }

  private clients(): WebSocket[] {
    return this.server ? [...this.server.clients].filter((c) => c.readyState === WebSocket.OPEN) : []
  }

  private listen(): void {
    const server = new WebSocketServer({ host: '127.0.0.1', port: this.port, perMessageDeflate: false, autoPong: this.answerPings })
    this.server = server
    server.on('connection', (ws) => {
      ws.on('message', (data) => this.received.push(Buffer.isBuffer(data) ? data.toString('utf8') : String(data)))
      ws.on('error', () => undefined)
      if (this.greet) ws.send(JSON.stringify({ type: 'status', status: 'waiting_for_document' }))
    })
    this.listening = new Promise<void>((resolve, reject) => {
      server.once('listening', () => {
        const address = server.address()
        if (address && typeof address === 'object') this.port = address.port
        resolve()
      })
      server.once('error', reject)
    })
    this.listening.catch(() => undefined)
    server.on('error', () => undefined)
  }

  private async shutdown(): Promise<void> {
    const server = this.server
    this.server = null
    if (!server) return
    for (const c of server.clients) c.terminate()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
