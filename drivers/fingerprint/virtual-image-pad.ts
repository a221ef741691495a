// An image pad speaking libfprint's `virtual_image` framing
// (virtual-image-frame.ts): the driver listens on a socket, the pad side
// connects and pushes 8-bit grey images and commands. One pad at a time;
// a second connection is closed at once, as libfprint does. The protocol has
// no capture request, so `capture()` arms the driver: the next image that
// arrives is the capture for the requested position, checked against the
// mode (a slap must be slap-wide). Images nobody asked for are dropped.
//
// A frame the decoder rejects, or one cut short by silence, leaves the stream
// unreadable: it is reported (`incomplete`), the connection is dropped as
// libfprint drops it, and a transient `problem` lets the DeviceManager wait
// for the pad to reconnect. A pad that disconnects is a needs-operator
// `problem`, and whatever part of a frame had arrived is thrown away.
import { EventEmitter } from 'node:events'
import { z } from 'zod'
import type { FingerPosition } from '../../shared/fingerprints/finger-positions'
import type { DriverDescriptor, Logger } from '../core/driver'
import { DeviceError } from '../core/device-error'
import { captureRequestError } from './capture-request'
import type {
  FingerprintCaptureMode,
  FingerprintCaptureOutcome,
  FingerprintPad,
  FingerprintPadCapability,
  FingerprintPadDeviceEvents,
  FingerprintPadEvent,
  FingerprintPrompt,
} from './fingerprint-events'
import { describeAddress, type PadConnection, type PadListener, type PadSocketAddress, type PadSocketTransport } from './pad-socket'
import { fpDeviceRetry, VIRTUAL_IMAGE_MAX_SIDE, VirtualImageDecoder, type VirtualImageEvent } from './virtual-image-frame'

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|::1)$/i

export const virtualImagePadConfigSchema = z
  .object({
    /** Unix socket path (libfprint's FP_VIRTUAL_IMAGE). Either this or `port`. */
    socketPath: z.string().min(1).optional(),
    /** TCP alternative, loopback only: raw fingerprint images must not cross a network unencrypted. */
    host: z.string().regex(LOOPBACK_HOSTS, 'a loopback address (127.0.0.1, ::1, localhost)').default('127.0.0.1'),
    port: z.number().int().min(0).max(65_535).optional(),
    /** How long open() waits for the pad to connect. */
    connectTimeoutMs: z.number().int().min(50).max(60_000).default(3000),
    /** How long a capture waits for an image before prompting. */
    captureTimeoutMs: z.number().int().min(100).max(120_000).default(15_000),
    /** A pause this long inside a frame means it was cut short. */
    interByteTimeoutMs: z.number().int().min(20).max(10_000).default(1000),
    /** Quiet time after a whole image before it is accepted (proves no bytes beyond its announced size follow). */
    settleMs: z.number().int().min(1).max(1000).default(20),
    /** Largest image side accepted (libfprint stops at 5000). */
    maxSide: z.number().int().min(64).max(5000).default(VIRTUAL_IMAGE_MAX_SIDE),
    /** A slap narrower than this cannot hold four fingers (or two thumbs) and is asked for again. */
    slapMinWidth: z.number().int().min(64).max(5000).default(800),
    /** The pad's resolution: the protocol does not carry it. */
    ppi: z.number().int().min(100).max(2000).default(500),
  })
  .strict()
  .refine((c) => (c.socketPath === undefined) !== (c.port === undefined), { message: 'give either socketPath or port', path: ['socketPath'] })
export type VirtualImagePadConfig = z.output<typeof virtualImagePadConfigSchema>

export const virtualImagePadCapabilities: readonly FingerprintPadCapability[] = ['single-finger', 'slap-4-4-2', 'finger-detection', 'framed-protocol']

const retryPrompts: Record<(typeof fpDeviceRetry)[number], FingerprintPrompt> = {
  general: 'image-too-messy',
  'too-short': 'press-harder',
  'center-finger': 'place-finger',
  'remove-finger': 'lift-finger',
}

interface PendingCapture {
  position: FingerPosition
  mode: FingerprintCaptureMode
  resolve: (outcome: FingerprintCaptureOutcome) => void
  reject: (error: DeviceError) => void
  timer: NodeJS.Timeout
}

export class VirtualImagePad implements FingerprintPad {
  readonly capabilities = virtualImagePadCapabilities
  private readonly events = new EventEmitter()
  private readonly decoder: VirtualImageDecoder
  private readonly address: PadSocketAddress
  private listener: PadListener | null = null
  private connection: PadConnection | null = null
  private connectionWaiters: Array<() => void> = []
  private pending: PendingCapture | null = null
  private quietTimer: NodeJS.Timeout | null = null
  private fingerPresent = false
  private automaticFinger = true

  constructor(
    private readonly config: VirtualImagePadConfig,
    private readonly transport: PadSocketTransport,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.decoder = new VirtualImageDecoder({ maxSide: config.maxSide })
    this.address = config.socketPath !== undefined ? { path: config.socketPath } : { host: config.host, port: config.port ?? 0 }
  }

  /** Where the driver listens (the OS-chosen port when 0 was configured). */
  get listeningOn(): PadSocketAddress | null {
    return this.listener?.address ?? null
  }

  get connected(): boolean {
    return this.connection !== null
  }

  /** The pad's last finger report (or the automatic one around an image). */
  get fingerOnPlaten(): boolean {
    return this.fingerPresent
  }

  /** Listens (once; the socket stays up across reconnects) and waits for the pad to connect. */
  async open(): Promise<void> {
    if (!this.listener) {
      try {
        this.listener = await this.transport.listen(this.address)
      } catch (err) {
        throw listenError(describeAddress(this.address), err as NodeJS.ErrnoException)
      }
      this.listener.onConnection((c) => this.onConnection(c))
    }
    if (this.connection) return
    const arrived = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.connectionWaiters = this.connectionWaiters.filter((w) => w !== done)
        resolve(false)
      }, this.config.connectTimeoutMs)
      const done = () => {
        clearTimeout(timer)
        resolve(true)
      }
      this.connectionWaiters.push(done)
    })
    if (!arrived) {
      throw new DeviceError('needs-operator', 'pad-not-connected', `No fingerprint pad connected to ${describeAddress(this.listener.address)}: check that the pad (or its capture service) is running.`)
    }
  }

  async close(): Promise<void> {
    this.endPending(null, new DeviceError('transient', 'pad-closed', 'The fingerprint pad was closed.'))
    this.clearQuietTimer()
    const connection = this.connection
    this.connection = null
    connection?.destroy()
    const listener = this.listener
    this.listener = null
    await listener?.close()
  }

  on<K extends keyof FingerprintPadDeviceEvents>(event: K, listener: FingerprintPadDeviceEvents[K]): void {
    this.events.on(event, listener)
  }

  off<K extends keyof FingerprintPadDeviceEvents>(event: K, listener: FingerprintPadDeviceEvents[K]): void {
    this.events.off(event, listener)
  }

  capture(position: FingerPosition, mode: FingerprintCaptureMode): Promise<FingerprintCaptureOutcome> {
    const refused = captureRequestError(position, mode, this.capabilities)
    if (refused) return Promise.reject(refused)
    if (!this.connection) return Promise.reject(new DeviceError('needs-operator', 'pad-not-connected', 'No fingerprint pad is connected.'))
    if (this.pending) return Promise.reject(new DeviceError('transient', 'pad-busy', 'The fingerprint pad is already capturing.'))
    return new Promise<FingerprintCaptureOutcome>((resolve, reject) => {
      const timer = setTimeout(() => this.offer(this.reading({ type: 'prompt', prompt: 'no-finger', detail: 'timeout' })), this.config.captureTimeoutMs)
      this.pending = { position, mode, resolve, reject, timer }
      this.emit(this.reading({ type: 'prompt', prompt: 'place-finger', detail: mode === 'slap' ? `slap-${position}` : `finger-${position}` }))
    })
  }

  // ---- The connection ---------------------------------------------------------

  private onConnection(connection: PadConnection): void {
    if (this.connection) {
      this.log.warn('second fingerprint pad connection refused', { address: describeAddress(this.address) })
      connection.destroy()
      return
    }
    this.connection = connection
    this.decoder.reset()
    this.automaticFinger = true
    this.fingerPresent = false
    connection.on('data', (chunk) => {
      if (this.connection === connection) this.onBytes(chunk)
    })
    connection.on('close', () => {
      if (this.connection === connection) this.onPadGone()
    })
    connection.on('error', (err) => this.log.warn('fingerprint pad socket error', { error: err.message }))
    this.log.info('fingerprint pad connected', { address: describeAddress(this.address) })
    const waiters = this.connectionWaiters
    this.connectionWaiters = []
    for (const w of waiters) w()
  }

  private onBytes(chunk: Buffer): void {
    this.handle(this.decoder.push(chunk))
    this.clearQuietTimer()
    if (this.decoder.hasPending) {
      const wait = this.decoder.midFrame ? this.config.interByteTimeoutMs : this.config.settleMs
      this.quietTimer = setTimeout(() => this.handle(this.decoder.flush()), wait)
    }
  }

  /** The pad went away: a frame half-received is discarded, a whole one that ended exactly is kept. */
  private onPadGone(): void {
    this.clearQuietTimer()
    const midFrame = this.decoder.midFrame
    if (!midFrame) this.handle(this.decoder.flush())
    this.decoder.reset()
    this.connection = null
    this.fingerPresent = false
    const error = new DeviceError(
      'needs-operator',
      'pad-disconnected',
      `The fingerprint pad disconnected${midFrame ? ' while sending an image' : this.pending ? ' during a capture' : ''}: check its cable or capture service.`,
    )
    this.endPending(null, error)
    this.events.emit('problem', error)
  }

  private handle(events: VirtualImageEvent[]): void {
    for (const e of events) {
      switch (e.type) {
        case 'image':
          this.onImage(e.width, e.height, e.pixels)
          break
        case 'retry':
          this.offer(this.reading({ type: 'prompt', prompt: retryPrompts[e.retry], detail: `retry-${e.retry}` }))
          break
        case 'device-error':
          if (e.error === 'removed') this.dropConnection('needs-operator', 'pad-disconnected', 'The fingerprint pad reports it was removed.')
          else this.offer(this.reading({ type: 'incomplete', reason: 'device-error', detail: `error-${e.error}` }))
          break
        case 'auto-finger':
          this.automaticFinger = e.enabled
          break
        case 'finger':
          this.fingerPresent = e.present
          break
        case 'removed':
          this.dropConnection('needs-operator', 'pad-disconnected', 'The fingerprint pad reports it was removed.')
          break
        case 'bad-frame':
          this.log.warn('fingerprint pad frame rejected', { detail: e.detail })
          this.offer(this.reading({ type: 'incomplete', reason: 'bad-frame', detail: e.detail, raw: e.raw }))
          this.dropConnection('transient', 'pad-protocol-error', `The fingerprint pad sent a frame that cannot be right (${e.detail}); the connection was dropped.`)
          break
        case 'truncated':
          this.log.warn('fingerprint pad frame cut short', { expected: e.expectedBytes, received: e.receivedBytes })
          this.offer(this.reading({ type: 'incomplete', reason: 'partial', detail: `truncated-${e.receivedBytes}-of-${e.expectedBytes}` }))
          this.dropConnection('transient', 'pad-protocol-error', 'The fingerprint pad stopped part-way through an image; the connection was dropped.')
          break
      }
    }
  }

  private onImage(width: number, height: number, pixels: Uint8Array): void {
    if (this.automaticFinger) this.fingerPresent = false // libfprint reports on, then off, around each image
    const p = this.pending
    if (!p) {
      this.log.info('image without a capture request dropped', { width, height })
      return
    }
    if (p.mode === 'slap' && width < this.config.slapMinWidth) {
      this.offer(this.reading({ type: 'prompt', prompt: 'slap-incomplete', detail: `width-${width}` }))
      return
    }
    this.offer({ type: 'capture', position: p.position, image: { width, height, pixels, ppi: this.config.ppi }, at: this.now() })
  }

  /** Emits the reading; if a capture is waiting, it is that capture's final word. */
  private offer(reading: FingerprintPadEvent): void {
    this.emit(reading)
    this.endPending(reading)
  }

  private endPending(outcome: FingerprintCaptureOutcome | null, error?: DeviceError): void {
    const p = this.pending
    if (!p) return
    this.pending = null
    clearTimeout(p.timer)
    if (outcome) p.resolve(outcome)
    else if (error) p.reject(error)
  }

  /** Drops the pad's connection (the stream cannot be trusted any more) and reports it. */
  private dropConnection(kind: 'transient' | 'needs-operator', code: string, message: string): void {
    const connection = this.connection
    if (!connection) return
    this.clearQuietTimer()
    this.connection = null
    this.decoder.reset()
    connection.destroy()
    const error = new DeviceError(kind, code, message)
    this.endPending(null, error)
    this.events.emit('problem', error)
  }

  private reading(r: { type: 'prompt'; prompt: FingerprintPrompt; detail?: string } | { type: 'incomplete'; reason: 'bad-frame' | 'partial' | 'device-error'; detail?: string; raw?: Uint8Array }): FingerprintPadEvent {
    return { ...r, at: this.now() }
  }

  private emit(reading: FingerprintPadEvent): void {
    this.events.emit('reading', reading)
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = null
  }
}

function listenError(where: string, err: NodeJS.ErrnoException): DeviceError {
  if (err.code === 'EADDRINUSE') return new DeviceError('transient', 'pad-socket-in-use', `${where} is already in use by another program. (${err.message})`)
  if (err.code === 'EACCES' || err.code === 'EPERM') return new DeviceError('fatal', 'pad-socket-permission-denied', `No permission to listen on ${where}. (${err.message})`)
  if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return new DeviceError('fatal', 'pad-socket-bad-path', `Cannot create the socket ${where}: its folder does not exist. (${err.message})`)
  return new DeviceError('transient', 'pad-listen-failed', `Could not listen on ${where}. (${err.message})`)
}

export const virtualImagePadDriver: DriverDescriptor<VirtualImagePadConfig, PadSocketTransport, FingerprintPadEvent> = {
  id: 'virtual-image-fingerprint',
  kind: 'fingerprint',
  displayName: 'Fingerprint image pad (libfprint virtual_image socket)',
  // The core Capability union has no fingerprint entries yet (see the report); the pad's full list is `virtualImagePadCapabilities`.
  capabilities: ['framed-protocol'],
  configSchema: virtualImagePadConfigSchema,
  create: ({ config, transport, log, now }) => new VirtualImagePad(config, transport, log, now),
}
