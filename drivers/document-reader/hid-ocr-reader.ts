// An Access-IS style OCR (and MSR/barcode) reader over USB HID: reports with
// a length byte carry framed payloads (codec in hid-ocr-frame.ts). The HID
// transport is injected: nodeHidTransport() at a post, SimulatedHidReader in
// tests and classrooms; this code is the same in both.
import { EventEmitter } from 'node:events'
import { z } from 'zod'
import type { Device, DeviceEvents, DocumentReaderEvent, DriverDescriptor, Logger } from '../core/driver'
import { DeviceError } from '../core/device-error'
import type { HidConnection, HidDeviceInfo, HidTransport } from '../transports/hid'
import { HidOcrDecoder, type HidOcrEvent } from './hid-ocr-frame'
import { classifyMrzLines, mrzIsValid, ReadDeduplicator } from './mrz-lines'

export const ACCESS_IS_VENDOR_ID = 0x0db5
/** Product ids of Access-IS readers that speak this protocol (documents-and-readers.md §3 A). */
export const ACCESS_IS_PRODUCT_IDS: Readonly<Record<number, string>> = {
  0x0120: 'OCR/MSR',
  0x0137: 'OCR312',
  0x013b: 'LSR116',
  0x012a: 'LSR110',
}
/**
 * Enables the reader. The sample writes [writeEndpointIdx, 0x80]; through
 * hidapi the first byte of an output report is the report id, 0x00 for a
 * device without numbered reports, so the same two bytes go out as
 * report 0 carrying 0x80. (hidapi sends it as a SET_REPORT control transfer
 * when the device has no interrupt-OUT endpoint, as the OCR315 MkII needs.)
 */
export const HID_ENABLE_REPORT: readonly number[] = [0x00, 0x80]

const usbId = z.number().int().min(0).max(0xffff)

export const hidOcrReaderConfigSchema = z
  .object({
    /** An OS HID path (hidraw node, IOService path, \\?\hid#…). Without it the reader is found by vendor/product id when opening. */
    path: z.string().min(1).optional(),
    vendorId: usbId.default(ACCESS_IS_VENDOR_ID),
    /** Without it, any known Access-IS reader product id matches. */
    productId: usbId.optional(),
    /** Quiet time after which a frame still open is reported as cut off. */
    interReportTimeoutMs: z.number().int().min(20).max(2000).default(300),
    /** Identical reads within this window are dropped as the reader's duplicate. */
    dedupeMs: z.number().int().min(0).max(10_000).default(2000),
  })
  .strict()
export type HidOcrReaderConfig = z.output<typeof hidOcrReaderConfigSchema>

export class HidOcrReader implements Device<DocumentReaderEvent> {
  private readonly events = new EventEmitter()
  private conn: HidConnection | null = null
  /** The path that worked last time: reopening by path needs no USB enumeration. */
  private lastPath: string | null = null
  private readonly decoder = new HidOcrDecoder()
  private readonly dedupe: ReadDeduplicator
  private quietTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly config: HidOcrReaderConfig,
    private readonly transport: HidTransport,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.dedupe = new ReadDeduplicator(config.dedupeMs)
  }

  async open(): Promise<void> {
    if (this.conn) return
    const { conn, path } = await this.connect()
    this.decoder.reset()
    this.conn = conn
    const onData = (report: Uint8Array) => this.onReport(report)
    const onError = (error: Error) => this.onLost(conn, error)
    conn.on('data', onData)
    conn.on('error', onError)
    try {
      await conn.write(HID_ENABLE_REPORT)
    } catch (err) {
      this.conn = null
      await conn.close().catch(() => undefined)
      throw new DeviceError('transient', 'reader-enable-failed', `Could not enable the reader on ${path}. (${message(err)})`)
    }
    this.lastPath = path
  }

  async close(): Promise<void> {
    this.clearQuietTimer()
    this.decoder.reset()
    const conn = this.conn
    this.conn = null
    await conn?.close().catch((err: unknown) => this.log.warn('closing HID reader failed', { error: message(err) }))
  }

  on<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.off(event, listener)
  }

  private async connect(): Promise<{ conn: HidConnection; path: string }> {
    const configured = this.config.path
    if (configured) return { conn: await this.openPath(configured), path: configured }
    if (this.lastPath) {
      try {
        return { conn: await this.transport.open(this.lastPath), path: this.lastPath }
      } catch {
        // It may have come back under another path: enumerate once.
      }
    }
    const device = pickReader(await this.transport.list(), this.config.vendorId, this.config.productId)
    if (!device) {
      const want = `${hex(this.config.vendorId)}:${this.config.productId === undefined ? 'any Access-IS reader' : hex(this.config.productId)}`
      throw new DeviceError('needs-operator', 'reader-not-connected', `No HID document reader ${want} found: check the USB cable.`)
    }
    return { conn: await this.openPath(device.path), path: device.path }
  }

  private async openPath(path: string): Promise<HidConnection> {
    try {
      return await this.transport.open(path)
    } catch (err) {
      // hidapi says "cannot open device" for a missing device and for missing
      // permissions alike: both need a person (cable, or the udev rule).
      throw new DeviceError(
        'needs-operator',
        'reader-not-connected',
        `Cannot open the HID reader at ${path}: check the cable, and on Linux the udev rule giving this user access. (${message(err)})`,
      )
    }
  }

  private onReport(report: Uint8Array): void {
    this.deliver(this.decoder.pushReport(report))
    this.clearQuietTimer()
    if (this.decoder.hasPending) {
      this.quietTimer = setTimeout(() => this.deliver(this.decoder.flush()), this.config.interReportTimeoutMs)
    }
  }

  private deliver(events: HidOcrEvent[]): void {
    for (const e of events) {
      const reading = this.toReading(e)
      if (reading) this.events.emit('reading', reading)
    }
  }

  private toReading(e: HidOcrEvent): DocumentReaderEvent | null {
    const at = this.now()
    if (e.type === 'ignored') {
      this.log.info(e.kind === 'msr' ? 'magnetic stripe data ignored' : 'barcode data ignored', { bytes: e.raw.length })
      return null
    }
    if (e.type === 'error') {
      const fields = { reason: e.reason, detail: e.detail, bytes: e.raw.length }
      if (e.reason === 'bad-frame') this.log.warn('HID frame rejected', fields)
      else this.log.info('HID read incomplete', fields)
      return { type: 'incomplete', reason: e.reason, detail: e.detail, raw: e.raw, at }
    }
    const verdict = classifyMrzLines(e.lines, (lines) => mrzIsValid(lines, (err) => this.log.error('MRZ validation failed', { error: message(err) })))
    if (verdict.type === 'incomplete') {
      this.log.info('OCR frame holds no complete MRZ', { detail: verdict.detail })
      return { type: 'incomplete', reason: verdict.reason, detail: verdict.detail, raw: e.raw, at }
    }
    if (this.dedupe.isDuplicate(verdict.lines, at)) {
      this.log.info('duplicate read dropped')
      return null
    }
    return { type: 'document', lines: verdict.lines, raw: e.raw, checkDigitsPassed: verdict.checkDigitsPassed, at }
  }

  /** The connection failed (unplugged): report once, drop it, and let the DeviceManager reopen. */
  private onLost(conn: HidConnection, error: Error): void {
    if (this.conn !== conn) return
    this.clearQuietTimer()
    const midRead = this.decoder.hasPending
    this.decoder.reset() // half a frame is never completed by reports from a later connection
    this.conn = null
    void conn.close().catch(() => undefined)
    this.events.emit(
      'problem',
      new DeviceError(
        'needs-operator',
        midRead ? 'reader-disconnected-mid-read' : 'reader-disconnected',
        `HID reader disconnected${midRead ? ' during a read' : ''}: ${error.message}`,
      ),
    )
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = null
  }
}

/** The reader's data interface among the listed devices: matching ids, vendor-defined usage page first. */
export function pickReader(devices: readonly HidDeviceInfo[], vendorId: number, productId?: number): HidDeviceInfo | undefined {
  const matching = devices.filter(
    (d) => d.vendorId === vendorId && (productId === undefined ? vendorId !== ACCESS_IS_VENDOR_ID || d.productId in ACCESS_IS_PRODUCT_IDS : d.productId === productId),
  )
  const vendorPage = (d: HidDeviceInfo) => (d.usagePage !== undefined && d.usagePage >= 0xff00 ? 0 : 1)
  return [...matching].sort((a, b) => vendorPage(a) - vendorPage(b))[0]
}

const hex = (n: number) => `0x${n.toString(16).padStart(4, '0')}`
const message = (err: unknown) => (err instanceof Error ? err.message : String(err))

export const hidOcrReaderDriver: DriverDescriptor<HidOcrReaderConfig, HidTransport, DocumentReaderEvent> = {
  id: 'hid-ocr-mrz',
  kind: 'document-reader',
  displayName: 'Document reader (Access-IS OCR, USB HID)',
  capabilities: ['mrz-lines', 'framed-protocol', 'usb-hid'],
  configSchema: hidOcrReaderConfigSchema,
  create: ({ config, transport, log, now }) => new HidOcrReader(config, transport, log, now),
}
