// A document reader on a serial port (RS-232 or USB virtual COM) that sends the
// MRZ as plain text lines ending in CR or CRLF. The serialport binding is
// injected: the OS binding at a post, the simulator's binding in tests and
// classrooms; this code is the same in both.
import { EventEmitter } from 'node:events'
import type { SerialPortStream } from '@serialport/stream'
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import type { Device, DeviceEvents, DocumentReaderEvent, DriverDescriptor, Logger } from '../core/driver'
import { MrzFrameDetector } from './mrz-frame-detector'
import { openSerialPort, serialDisconnectedError, serialLineSettingsShape } from './serial-port'

export const serialTextReaderConfigSchema = z
  .object({
    ...serialLineSettingsShape,
    /** Quiet time after which a pending read is settled (no terminator, partial line). */
    interByteTimeoutMs: z.number().int().min(20).max(2000).default(150),
  })
  .strict()
export type SerialTextReaderConfig = z.output<typeof serialTextReaderConfigSchema>

export class SerialTextReader implements Device<DocumentReaderEvent> {
  private readonly events = new EventEmitter()
  private port: SerialPortStream | null = null
  private readonly detector: MrzFrameDetector
  private quietTimer: NodeJS.Timeout | null = null
  private closing = false

  constructor(
    private readonly config: SerialTextReaderConfig,
    private readonly binding: BindingInterface,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.detector = new MrzFrameDetector({ now })
  }

  async open(): Promise<void> {
    const c = this.config
    const port = await openSerialPort(c, this.binding)
    this.closing = false
    this.port = port
    port.on('data', (chunk: Buffer) => this.onBytes(chunk))
    port.on('close', (err: Error | null) => this.onClosed(err))
    port.on('error', (err: Error) => this.log.warn('serial port error', { path: c.path, error: err.message }))
  }

  async close(): Promise<void> {
    this.clearQuietTimer()
    this.detector.reset()
    const port = this.port
    this.port = null
    if (!port?.isOpen) return
    this.closing = true
    await new Promise<void>((resolve) => port.close(() => resolve()))
  }

  on<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.off(event, listener)
  }

  private onBytes(chunk: Buffer): void {
    this.deliver(this.detector.push(chunk))
    this.clearQuietTimer()
    if (this.detector.hasPending) {
      this.quietTimer = setTimeout(() => this.deliver(this.detector.flush()), this.config.interByteTimeoutMs)
    }
  }

  private deliver(events: ReturnType<MrzFrameDetector['push']>): void {
    const at = this.now()
    for (const e of events) this.events.emit('reading', { ...e, at } satisfies DocumentReaderEvent)
  }

  private onClosed(err: Error | null): void {
    this.clearQuietTimer()
    const midRead = this.detector.hasPending
    this.detector.reset() // a half-read MRZ is never completed by bytes from a later connection
    this.port = null
    if (this.closing) return
    this.events.emit('problem', serialDisconnectedError(this.config.path, midRead, err))
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = null
  }
}

export const serialTextReaderDriver: DriverDescriptor<SerialTextReaderConfig, BindingInterface, DocumentReaderEvent> = {
  id: 'serial-text-mrz',
  kind: 'document-reader',
  displayName: 'Document reader (serial, plain-text MRZ)',
  capabilities: ['mrz-lines', 'inter-byte-timeout', 'configurable-serial'],
  configSchema: serialTextReaderConfigSchema,
  create: ({ config, transport, log, now }) => new SerialTextReader(config, transport, log, now),
}
