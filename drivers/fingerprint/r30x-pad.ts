// An R30x / GROW serial fingerprint module (R305, R307, R503, ZFM-20, AS608)
// as a single-finger pad. The module only answers commands, so a capture is
// a conversation: GenImg is polled until a finger is on the window, Img2Tz
// lets the module judge the image (too messy, too few features), and UpImage
// sends it as data packets closed by an end-of-data packet (codec in
// r30x-packet.ts, meanings in r30x-commands.ts / r30x-confirmation.ts).
//
// The serialport binding is injected: the OS binding at a post,
// SimulatedR30x's in tests and classrooms. A corrupt or cut-short answer is
// reported as an `incomplete` reading, the line is left to go quiet, and the
// step is retried (GenImg and UpImage are safe to repeat: the module keeps
// its image buffer). A pulled cable is a `problem`; a capture it interrupts
// rejects and emits nothing.
import { EventEmitter } from 'node:events'
import { SerialPortStream } from '@serialport/stream'
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import type { FingerPosition } from '../../shared/fingerprints/finger-positions'
import type { DriverDescriptor, Logger } from '../core/driver'
import { DeviceError, isDeviceError } from '../core/device-error'
import { classifySerialOpenError } from '../document-reader/serial-port'
import { captureRequestError } from './capture-request'
import type {
  FingerprintCaptureMode,
  FingerprintCaptureOutcome,
  FingerprintIncompleteReason,
  FingerprintPad,
  FingerprintPadCapability,
  FingerprintPadDeviceEvents,
  FingerprintPadEvent,
  FingerprintPrompt,
} from './fingerprint-events'
import {
  decodeSystemParameters,
  R30X_IMAGE_BYTES,
  r30xCommand,
  r30xCommandPayload,
  r30xConfirmation,
  type R30xCommandCode,
  type R30xSystemParameters,
} from './r30x-commands'
import { r30xOutcome, type R30xOutcome } from './r30x-confirmation'
import { unpackR30xImage, R30X_NOMINAL_PPI } from './r30x-image'
import { encodeR30xPacket, R30X_DEFAULT_ADDRESS, R30xPacketDecoder, r30xPid, type R30xDecoderEvent } from './r30x-packet'

const u32 = z.union([
  z.number().int().min(0).max(0xffffffff),
  z
    .string()
    .regex(/^(0x)?[0-9a-f]{1,8}$/i, 'hex, e.g. "FFFFFFFF" or "0x0000002A"')
    .transform((s) => parseInt(s.replace(/^0x/i, ''), 16)),
])

export const r30xPadConfigSchema = z
  .object({
    path: z.string().min(1),
    /** The module runs at 9600 × N baud; N = 6 (57600) from the factory. */
    baudRate: z
      .number()
      .int()
      .refine((b) => b % 9600 === 0 && b >= 9600 && b <= 115200, { message: 'a multiple of 9600 from 9600 to 115200' })
      .default(57600),
    /** The module's address (a number, or hex text); FFFFFFFF from the factory. */
    address: u32.default(R30X_DEFAULT_ADDRESS),
    /** The module's password (a number, or hex text); 0 from the factory. */
    password: u32.default(0),
    /** How long a capture waits for a finger (and for a finger to be lifted) before prompting. */
    captureTimeoutMs: z.number().int().min(500).max(120_000).default(10_000),
    /** GenImg polling interval while waiting for a finger. */
    pollIntervalMs: z.number().int().min(10).max(2000).default(100),
    /** How long the module may take to answer a command or send the next data packet. */
    responseTimeoutMs: z.number().int().min(50).max(10_000).default(1000),
    /** How often a step is retried after a corrupt answer or a packet error. */
    retries: z.number().int().min(0).max(5).default(2),
    /** Let the module extract features first and prompt on a messy or featureless image instead of passing it on. */
    moduleQualityCheck: z.boolean().default(true),
    /** The resolution the captured image is labelled with (datasheets claim 500). */
    imagePpi: z.number().int().min(100).max(2000).default(R30X_NOMINAL_PPI),
  })
  .strict()
export type R30xPadConfig = z.output<typeof r30xPadConfigSchema>

/** A corrupt, unexpected or missing answer: reported as `incomplete` and retried, never fatal by itself. */
class ProtocolFault extends Error {
  constructor(
    readonly reason: FingerprintIncompleteReason,
    readonly detail: string,
    readonly raw?: Uint8Array,
  ) {
    super(detail)
  }
}

/** A capture step's final word (a prompt or an incomplete), which ends the request early. */
class CaptureEnded extends Error {
  constructor(readonly outcome: FingerprintCaptureOutcome) {
    super(outcome.type)
  }
}

export const r30xPadCapabilities: readonly FingerprintPadCapability[] = ['single-finger', 'framed-protocol', 'configurable-serial']

export class R30xPad implements FingerprintPad {
  readonly capabilities = r30xPadCapabilities
  private readonly events = new EventEmitter()
  private readonly decoder = new R30xPacketDecoder()
  private port: SerialPortStream | null = null
  private inbox: R30xDecoderEvent[] = []
  private waiter: { resolve: () => void; reject: (e: Error) => void } | null = null
  private lastByteAt = 0
  private busy = false
  private closing = false
  /** Why the port is gone, while it is gone. */
  private lost: DeviceError | null = null
  /** A finger stayed on the window after the last capture: the next one waits for it to be lifted. */
  private fingerOnWindow = false
  /** What ReadSysPara said at open. */
  systemParameters: R30xSystemParameters | null = null

  constructor(
    private readonly config: R30xPadConfig,
    private readonly binding: BindingInterface,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {}

  async open(): Promise<void> {
    if (this.port) return
    const port = new SerialPortStream({ binding: this.binding, path: this.config.path, baudRate: this.config.baudRate, autoOpen: false })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(padOpenError(this.config.path, err)) : resolve())))
    this.closing = false
    this.lost = null
    this.decoder.reset()
    this.inbox = []
    this.fingerOnWindow = false
    this.port = port
    port.on('data', (chunk: Buffer) => this.onBytes(chunk))
    port.on('close', (err: Error | null) => this.onClosed(err))
    port.on('error', (err: Error) => this.log.warn('fingerprint pad port error', { path: this.config.path, error: err.message }))
    try {
      await this.handshake()
    } catch (err) {
      await this.close()
      throw err
    }
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = null
    this.lost = new DeviceError('transient', 'pad-closed', 'The fingerprint pad was closed.')
    this.waiter?.reject(this.lost)
    this.waiter = null
    this.decoder.reset()
    if (!port?.isOpen) return
    this.closing = true
    await new Promise<void>((resolve) => port.close(() => resolve()))
  }

  on<K extends keyof FingerprintPadDeviceEvents>(event: K, listener: FingerprintPadDeviceEvents[K]): void {
    this.events.on(event, listener)
  }

  off<K extends keyof FingerprintPadDeviceEvents>(event: K, listener: FingerprintPadDeviceEvents[K]): void {
    this.events.off(event, listener)
  }

  async capture(position: FingerPosition, mode: FingerprintCaptureMode): Promise<FingerprintCaptureOutcome> {
    const refused = captureRequestError(position, mode, this.capabilities)
    if (refused) throw refused
    if (!this.port) throw this.lost ?? new DeviceError('transient', 'pad-not-open', 'The fingerprint pad is not open.')
    if (this.busy) throw new DeviceError('transient', 'pad-busy', 'The fingerprint pad is already capturing.')
    this.busy = true
    try {
      return await this.runCapture(position)
    } catch (err) {
      if (err instanceof CaptureEnded) return err.outcome
      throw err
    } finally {
      this.busy = false
    }
  }

  // ---- The capture conversation ------------------------------------------

  private async runCapture(position: FingerPosition): Promise<FingerprintCaptureOutcome> {
    if (this.fingerOnWindow) await this.waitForLift()
    this.emitPrompt('place-finger', `finger-${position}`)
    await this.waitForFinger()
    this.fingerOnWindow = true
    if (this.config.moduleQualityCheck) {
      const code = await this.withRetries(() => this.command(r30xCommandPayload.img2Tz(1)))
      this.settle(r30xCommand.img2Tz, code)
    }
    const packed = await this.withRetries(() => this.uploadImage())
    const capture: FingerprintPadEvent = { type: 'capture', position, image: unpackR30xImage(packed, this.config.imagePpi), at: this.now(), raw: packed }
    this.events.emit('reading', capture)
    this.emitPrompt('lift-finger')
    return capture
  }

  /** Polls GenImg until the module images a finger, prompting once per new problem; times out with `no-finger`. */
  private async waitForFinger(): Promise<void> {
    const deadline = Date.now() + this.config.captureTimeoutMs
    let lastPrompt: FingerprintPrompt | null = null
    for (;;) {
      const code = await this.withRetries(() => this.command(r30xCommandPayload.genImg()))
      if (code === r30xConfirmation.ok) return
      const outcome = r30xOutcome(r30xCommand.genImg, code)
      if (outcome.kind === 'prompt' && outcome.prompt !== 'no-finger' && outcome.prompt !== lastPrompt) {
        this.emitPrompt(outcome.prompt, outcome.detail)
        lastPrompt = outcome.prompt
      } else if (outcome.kind !== 'prompt') {
        this.settle(r30xCommand.genImg, code)
      }
      if (Date.now() >= deadline) this.end({ type: 'prompt', prompt: 'no-finger', at: this.now(), detail: 'timeout' })
      await this.pause(this.config.pollIntervalMs)
    }
  }

  /** A finger left on the window would be captured again: wait (prompting) until GenImg finds none. */
  private async waitForLift(): Promise<void> {
    const deadline = Date.now() + this.config.captureTimeoutMs
    let prompted = false
    for (;;) {
      const code = await this.withRetries(() => this.command(r30xCommandPayload.genImg()))
      if (code === r30xConfirmation.noFinger) {
        this.fingerOnWindow = false
        return
      }
      if (!prompted) this.emitPrompt('lift-finger')
      prompted = true
      if (Date.now() >= deadline) this.end({ type: 'prompt', prompt: 'lift-finger', at: this.now(), detail: 'timeout' })
      await this.pause(this.config.pollIntervalMs)
    }
  }

  /** UpImage: the acknowledgement, then data packets until the end-of-data packet. */
  private async uploadImage(): Promise<Uint8Array> {
    const code = await this.command(r30xCommandPayload.upImage())
    this.settle(r30xCommand.upImage, code)
    const image = new Uint8Array(R30X_IMAGE_BYTES)
    let filled = 0
    for (;;) {
      const e = await this.next('image-cut-short')
      if (e.pid !== r30xPid.data && e.pid !== r30xPid.endOfData) throw new ProtocolFault('bad-frame', 'unexpected-packet', e.raw)
      if (filled + e.payload.length > image.length) throw new ProtocolFault('bad-frame', 'image-too-long', e.raw)
      image.set(e.payload, filled)
      filled += e.payload.length
      if (e.pid === r30xPid.endOfData) break
    }
    if (filled !== image.length) throw new ProtocolFault('partial', `image-size-${filled}`)
    return image
  }

  /** An OK confirmation passes; anything else ends the capture with a prompt or an incomplete, or throws a DeviceError. */
  private settle(command: R30xCommandCode, code: number): void {
    const outcome: R30xOutcome = r30xOutcome(command, code)
    switch (outcome.kind) {
      case 'ok':
        return
      case 'prompt':
        this.end({ type: 'prompt', prompt: outcome.prompt, at: this.now(), detail: outcome.detail })
        break
      case 'incomplete':
        this.end({ type: 'incomplete', reason: 'device-error', at: this.now(), detail: outcome.detail })
        break
      case 'error':
        throw outcome.error
    }
  }

  private end(outcome: FingerprintCaptureOutcome): never {
    this.events.emit('reading', outcome)
    throw new CaptureEnded(outcome)
  }

  private emitPrompt(prompt: FingerprintPrompt, detail?: string): void {
    const reading: FingerprintPadEvent = detail ? { type: 'prompt', prompt, at: this.now(), detail } : { type: 'prompt', prompt, at: this.now() }
    this.events.emit('reading', reading)
  }

  // ---- Handshake -----------------------------------------------------------

  private async handshake(): Promise<void> {
    const code = await this.withRetries(() => this.command(r30xCommandPayload.vfyPwd(this.config.password)), { report: false, silentMeans: 'not-responding' })
    const outcome = r30xOutcome(r30xCommand.vfyPwd, code)
    if (outcome.kind === 'error') throw outcome.error
    if (outcome.kind !== 'ok') throw new DeviceError('transient', 'pad-handshake-failed', `The fingerprint module answered the password check with ${code}.`)
    const params = await this.withRetries(() => this.command(r30xCommandPayload.readSysPara(), { keepData: true }), {
      report: false,
      silentMeans: 'not-responding',
    })
    this.systemParameters = decodeSystemParameters(params)
    if (!this.systemParameters) throw new DeviceError('transient', 'pad-handshake-failed', 'The fingerprint module sent unreadable system parameters.')
    this.log.info('fingerprint module ready', { path: this.config.path, ...this.systemParameters })
  }

  // ---- Commands over the wire -----------------------------------------------

  /** Sends one command; resolves with the confirmation code (or, with keepData, the bytes after it). */
  private async command(payload: Uint8Array): Promise<number>
  private async command(payload: Uint8Array, options: { keepData: true }): Promise<Uint8Array>
  private async command(payload: Uint8Array, options?: { keepData: true }): Promise<number | Uint8Array> {
    this.inbox = []
    await this.write(encodeR30xPacket({ address: this.config.address, pid: r30xPid.command, payload }))
    const ack = await this.next('no-response')
    if (ack.pid !== r30xPid.ack || ack.payload.length < 1) throw new ProtocolFault('bad-frame', 'unexpected-packet', ack.raw)
    const code = ack.payload[0]!
    if (code === r30xConfirmation.packetReceiveError) throw packetError(payload[0]!)
    if (options?.keepData) {
      if (code !== r30xConfirmation.ok) throw new ProtocolFault('device-error', `confirmation-${code}`, ack.raw)
      return ack.payload.subarray(1)
    }
    return code
  }

  /**
   * Runs a step, retrying after a corrupt or missing answer (reported as an
   * `incomplete` reading once the line is quiet again) or a packet error.
   */
  private async withRetries<T>(step: () => Promise<T>, options: { report?: boolean; silentMeans?: 'not-responding' } = {}): Promise<T> {
    const report = options.report ?? true
    for (let attempt = 0; ; attempt++) {
      try {
        return await step()
      } catch (err) {
        const last = attempt >= this.config.retries
        if (err instanceof ProtocolFault) {
          this.log.warn('fingerprint module answer rejected', { path: this.config.path, reason: err.reason, detail: err.detail, attempt })
          const reading: FingerprintPadEvent = { type: 'incomplete', reason: err.reason, at: this.now(), detail: err.detail, ...(err.raw ? { raw: err.raw } : {}) }
          if (report) this.events.emit('reading', reading)
          await this.resync()
          if (!last) continue
          if (options.silentMeans === 'not-responding' && err.detail === 'no-response') {
            throw new DeviceError('needs-operator', 'pad-not-responding', `No answer from the fingerprint module on ${this.config.path}: check its cable and power, and the baud rate (57600 from the factory).`)
          }
          if (!report) throw new DeviceError('transient', 'pad-handshake-failed', `The fingerprint module's answers were unreadable (${err.detail}).`)
          throw new CaptureEnded(reading)
        }
        if (isDeviceError(err) && err.code === 'pad-packet-error') {
          this.log.warn('fingerprint module reports a packet error', { path: this.config.path, attempt })
          if (report) this.events.emit('reading', { type: 'incomplete', reason: 'device-error', at: this.now(), detail: 'packet-receive-error' } satisfies FingerprintPadEvent)
          await this.resync()
          if (!last) continue
        }
        throw err
      }
    }
  }

  private async write(bytes: Uint8Array): Promise<void> {
    const port = this.port
    if (!port) throw this.lost ?? new DeviceError('transient', 'pad-not-open', 'The fingerprint pad is not open.')
    await new Promise<void>((resolve, reject) => port.write(Buffer.from(bytes), (err) => (err ? reject(this.lost ?? disconnected(this.config.path, true, err)) : resolve())))
  }

  /** The next packet from the module, or a ProtocolFault (checksum, truncated, silence). */
  private async next(silence: string): Promise<Extract<R30xDecoderEvent, { type: 'packet' }>> {
    const deadline = Date.now() + this.config.responseTimeoutMs
    for (;;) {
      const e = this.inbox.shift()
      if (e) {
        if (e.type === 'packet') {
          if (e.address !== this.config.address) throw new ProtocolFault('bad-frame', 'address-mismatch', e.raw)
          return e
        }
        if (e.type === 'error') throw new ProtocolFault(e.reason === 'truncated' ? 'partial' : 'bad-frame', e.reason, e.raw)
        continue
      }
      if (this.lost) throw this.lost
      const left = deadline - Date.now()
      if (left <= 0) throw new ProtocolFault(this.decoder.hasPending ? 'partial' : 'device-error', silence)
      await this.waitForInput(left)
    }
  }

  private waitForInput(ms: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null
        resolve()
      }, ms)
      this.waiter = {
        resolve: () => {
          clearTimeout(timer)
          this.waiter = null
          resolve()
        },
        reject: (e) => {
          clearTimeout(timer)
          this.waiter = null
          reject(e)
        },
      }
    })
  }

  /** Lets the rest of a spoilt answer (at worst a whole image) arrive and be dropped, then starts afresh. */
  private async resync(): Promise<void> {
    const byteMs = 10_000 / this.config.baudRate // 8N1: ten bits a byte
    const quietMs = Math.max(30, Math.ceil(20 * byteMs))
    // A whole UpImage in 32-byte packets (the most overhead) takes about 7 s at 57600 baud.
    const giveUp = Date.now() + R30X_IMAGE_BYTES * 1.4 * byteMs + this.config.responseTimeoutMs
    while (Date.now() - this.lastByteAt < quietMs && Date.now() < giveUp) await this.pause(quietMs)
    this.decoder.reset()
    this.inbox = []
  }

  private async pause(ms: number): Promise<void> {
    await new Promise((r) => setTimeout(r, ms))
    if (this.lost) throw this.lost
  }

  private onBytes(chunk: Buffer): void {
    this.lastByteAt = Date.now()
    for (const e of this.decoder.push(chunk)) {
      if (e.type === 'noise') this.log.info('bytes outside a packet skipped', { path: this.config.path, bytes: e.raw.length })
      else this.inbox.push(e)
    }
    this.waiter?.resolve()
  }

  private onClosed(err: Error | null): void {
    this.port = null
    this.decoder.reset()
    this.inbox = []
    if (this.closing) return
    const error = disconnected(this.config.path, this.busy, err)
    this.lost = error
    this.waiter?.reject(error)
    this.waiter = null
    this.events.emit('problem', error)
  }
}

function packetError(command: number): DeviceError {
  const outcome = r30xOutcome(command as R30xCommandCode, r30xConfirmation.packetReceiveError)
  return outcome.kind === 'error' ? outcome.error : new DeviceError('transient', 'pad-packet-error', 'packet receive error')
}

function disconnected(path: string, midCapture: boolean, err: Error | null): DeviceError {
  return new DeviceError(
    'needs-operator',
    'pad-disconnected',
    `Fingerprint pad on ${path} disconnected${midCapture ? ' during a capture' : ''}: check its cable.${err ? ` (${err.message})` : ''}`,
  )
}

/** The document readers' open-error classes, with the pad's own wording for a missing device. */
function padOpenError(path: string, err: Error): DeviceError {
  const e = classifySerialOpenError(path, err)
  if (e.code === 'reader-not-connected') return new DeviceError('needs-operator', 'pad-not-connected', `No fingerprint pad on ${path}: check the cable. (${err.message})`)
  return e
}

export const r30xPadDriver: DriverDescriptor<R30xPadConfig, BindingInterface, FingerprintPadEvent> = {
  id: 'r30x-fingerprint',
  kind: 'fingerprint',
  displayName: 'Fingerprint module (R30x / GROW serial)',
  // The core Capability union has no fingerprint entries yet (see the report); the pad's full list is `r30xPadCapabilities`.
  capabilities: ['framed-protocol', 'configurable-serial'],
  configSchema: r30xPadConfigSchema,
  create: ({ config, transport, log, now }) => new R30xPad(config, transport, log, now),
}
