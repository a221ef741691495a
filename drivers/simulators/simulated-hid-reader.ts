// An Access-IS style OCR reader on a simulated USB HID bus: a HidTransport
// (list, open) whose connection delivers input reports exactly as the device
// does (length byte with the CTS bit, 64-byte reports, payload split across
// reports), plus controls: present, noise, a partial frame, unplug mid-read,
// replug, a duplicated burst, MSR and barcode frames, a corrupt frame.
import { EventEmitter } from 'node:events'
import type { DocumentReaderSimulator } from '../core/simulator'
import type { HidConnection, HidDeviceInfo, HidTransport } from '../transports/hid'
import { encodeBarcodePayload, encodeHidReports, encodeMsrPayload, encodeOcrPayload } from '../document-reader/hid-ocr-frame'
import { noiseBytes } from './simulated-serial-wire'

export interface SimulatedHidReaderOptions {
  path?: string
  vendorId?: number
  productId?: number
  /** Input report size in bytes (the device's is 64). */
  reportSize?: number
  /** Set the CTS bit (bit 7) of every length byte, which the host must ignore. */
  cts?: boolean
  /** List a keyboard-wedge interface of the same device too (usage page 1, cannot be opened), as composite readers do. */
  keyboardInterface?: boolean
}

type QueueItem = { kind: 'report'; bytes: Uint8Array } | { kind: 'unplug' }

export class SimulatedHidReader implements HidTransport, DocumentReaderSimulator {
  readonly path: string
  readonly vendorId: number
  readonly productId: number
  private readonly reportSize: number
  private readonly cts: boolean
  private readonly keyboardInterface: boolean
  private isPlugged = true
  private conn: SimulatedHidConnection | null = null
  private queue: QueueItem[] = []
  private pumping = false
  /** Output reports the host wrote (the enable command among them). */
  readonly received: Uint8Array[] = []
  /** Reports produced while no enabled connection was listening: lost, as on the real device. */
  dropped = 0

  constructor(options: SimulatedHidReaderOptions = {}) {
    this.path = options.path ?? '/dev/hidraw-SIM-OCR0'
    this.vendorId = options.vendorId ?? 0x0db5
    this.productId = options.productId ?? 0x0137
    this.reportSize = options.reportSize ?? 64
    this.cts = options.cts ?? true
    this.keyboardInterface = options.keyboardInterface ?? true
  }

  /** The driver's transport: this simulator. */
  get transport(): HidTransport {
    return this
  }

  get plugged(): boolean {
    return this.isPlugged
  }

  get connected(): boolean {
    return this.isPlugged && this.conn !== null && !this.conn.closed
  }

  /** The host enabled the reader on the open connection. */
  get enabled(): boolean {
    return this.connected && this.conn!.enabled
  }

  async list(): Promise<HidDeviceInfo[]> {
    if (!this.isPlugged) return []
    const base = { vendorId: this.vendorId, productId: this.productId, manufacturer: 'Checkpoint simulator', product: 'Simulated OCR reader', serialNumber: 'SIM-HID-0001' }
    const data: HidDeviceInfo = { ...base, path: this.path, usagePage: 0xff00, usage: 1, interface: 0 }
    return this.keyboardInterface ? [{ ...base, path: `${this.path}-kbd`, usagePage: 0x01, usage: 6, interface: 1 }, data] : [data]
  }

  async open(path: string): Promise<HidConnection> {
    if (!this.isPlugged || path !== this.path) throw new Error(`cannot open device with path ${path}`)
    if (this.conn && !this.conn.closed) throw new Error(`cannot open device with path ${path} (busy)`)
    this.conn = new SimulatedHidConnection((data) => this.received.push(Uint8Array.from(data)))
    return this.conn
  }

  /** A document is read: one OCR frame, lines separated by CR. */
  present(lines: readonly string[]): void {
    this.sendPayload(encodeOcrPayload(lines))
  }

  /** The same read twice in one burst, as readers sometimes do. */
  presentTwice(lines: readonly string[]): void {
    const p = encodeOcrPayload(lines)
    this.sendPayload(Uint8Array.from([...p, ...p]))
  }

  /** Random payload bytes in well-formed reports. */
  sendNoise(seed = 1, length = 24): void {
    this.sendPayload(noiseBytes(seed, length))
  }

  /** The document is pulled out mid-read: the frame opens, the first line and part of the next arrive, it never closes. */
  sendPartial(lines: readonly string[]): void {
    const full = encodeOcrPayload(lines)
    const cut = 2 + (lines[0]?.length ?? 0) + 1 + Math.min(12, lines[1]?.length ?? 0)
    this.sendPayload(full.subarray(0, cut))
  }

  /** An OCR frame closed with the wrong end marker (03 0F instead of 03 1D). */
  sendCorruptFrame(lines: readonly string[]): void {
    const p = Uint8Array.from(encodeOcrPayload(lines))
    p[p.length - 1] = 0x0f
    this.sendPayload(p)
  }

  /** A magnetic-stripe swipe (the driver ignores it). */
  sendMsr(data = '%B4111111111111111^TEST/CARD^2912?', cardType = 0x01): void {
    this.sendPayload(encodeMsrPayload(cardType, data))
  }

  /** A barcode scan (the driver ignores it). */
  sendBarcode(data: Uint8Array | string = 'CHECKPOINT-0001', symbology = 0x42): void {
    this.sendPayload(encodeBarcodePayload(symbology, data))
  }

  /** The frame starts, about half of its reports arrive, then the cable is pulled. */
  unplugMidRead(lines: readonly string[]): void {
    const reports = encodeHidReports(encodeOcrPayload(lines), { reportSize: this.reportSize, cts: this.cts })
    for (const r of reports.slice(0, Math.max(1, Math.floor(reports.length / 2)))) this.queue.push({ kind: 'report', bytes: r })
    this.queue.push({ kind: 'unplug' })
    this.pump()
  }

  /** A payload as the device sends it: split into reports. */
  sendPayload(payload: Uint8Array): void {
    this.sendReports(encodeHidReports(payload, { reportSize: this.reportSize, cts: this.cts }))
  }

  /** Raw input reports, exactly as given, in order. */
  sendReports(reports: readonly Uint8Array[]): void {
    for (const r of reports) this.queue.push({ kind: 'report', bytes: r })
    this.pump()
  }

  unplug(): void {
    this.queue = []
    this.doUnplug()
  }

  replug(): void {
    this.isPlugged = true
  }

  private doUnplug(): void {
    this.isPlugged = false
    const conn = this.conn
    this.conn = null
    conn?.fail(new Error('could not read from HID device'))
  }

  /** Delivers queued reports one per event-loop turn, like interrupt transfers, in order. */
  private pump(): void {
    if (this.pumping) return
    this.pumping = true
    const step = () => {
      const item = this.queue.shift()
      if (!item) {
        this.pumping = false
        return
      }
      if (item.kind === 'unplug') this.doUnplug()
      else if (this.isPlugged && this.conn?.enabled && !this.conn.closed) this.conn.deliver(item.bytes)
      else this.dropped++
      setImmediate(step)
    }
    setImmediate(step)
  }
}

class SimulatedHidConnection extends EventEmitter implements HidConnection {
  closed = false
  enabled = false
  private failed = false

  constructor(private readonly onWrite: (data: Uint8Array) => void) {
    super()
  }

  deliver(report: Uint8Array): void {
    this.emit('data', Uint8Array.from(report))
  }

  fail(error: Error): void {
    if (this.closed || this.failed) return
    this.failed = true
    setImmediate(() => {
      if (!this.closed && this.listenerCount('error') > 0) this.emit('error', error)
    })
  }

  async write(data: readonly number[] | Uint8Array): Promise<number> {
    if (this.closed || this.failed) throw new Error('could not write to HID device')
    const bytes = Uint8Array.from(data)
    this.onWrite(bytes)
    // [report id 0x00, 0x80]: the reader's enable command.
    if (bytes[1] === 0x80) this.enabled = true
    return bytes.length
  }

  async close(): Promise<void> {
    this.closed = true
    this.removeAllListeners()
  }
}
