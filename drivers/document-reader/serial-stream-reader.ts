// What every document reader on a serial port shares: open the port through
// the injected binding, feed its bytes to a protocol decoder, settle a pending
// read when the line goes quiet, and report a pulled cable once. Subclasses
// only say how the decoder's output becomes a reading.
import { EventEmitter } from 'node:events'
import type { SerialPortStream } from '@serialport/stream'
import type { BindingInterface } from '@serialport/bindings-interface'
import type { Device, DeviceEvents, DocumentReaderEvent, Logger } from '../core/driver'
import { openSerialPort, serialDisconnectedError, type SerialLineSettings } from './serial-port'

/** A pure protocol decoder over a byte stream (MRZ text lines, RTE frames, …). */
export interface ByteStreamDecoder<E> {
  push(bytes: Uint8Array): E[]
  /** The line went quiet: settle whatever is pending. */
  flush(): E[]
  /** Forget everything pending (port closed or cable pulled mid-read). */
  reset(): void
  readonly hasPending: boolean
}

export type SerialReaderSettings = SerialLineSettings & { interByteTimeoutMs: number }

export abstract class SerialStreamReader<E> implements Device<DocumentReaderEvent> {
  private readonly events = new EventEmitter()
  private port: SerialPortStream | null = null
  private quietTimer: NodeJS.Timeout | null = null
  private closing = false

  constructor(
    protected readonly settings: SerialReaderSettings,
    private readonly binding: BindingInterface,
    protected readonly log: Logger,
    protected readonly now: () => number,
    private readonly decoder: ByteStreamDecoder<E>,
  ) {}

  /** One decoder event as a reading, or null to drop it (a duplicate, say). */
  protected abstract toReading(event: E, at: number): DocumentReaderEvent | null

  async open(): Promise<void> {
    const port = await openSerialPort(this.settings, this.binding)
    this.closing = false
    this.decoder.reset()
    this.port = port
    port.on('data', (chunk: Buffer) => this.onBytes(chunk))
    port.on('close', (err: Error | null) => this.onClosed(err))
    port.on('error', (err: Error) => this.log.warn('serial port error', { path: this.settings.path, error: err.message }))
  }

  async close(): Promise<void> {
    this.clearQuietTimer()
    this.decoder.reset()
    const port = this.port
    this.port = null
    if (!port?.isOpen) return
    this.closing = true
    await new Promise<void>((resolve) => port.close(() => resolve()))
  }

  on<K extends keyof DeviceEvents<DocumentReaderEvent>>(event: K, listener: DeviceEvents<DocumentReaderEvent>[K]): void {
    this.events.on(event, listener)
  }

  off<K extends keyof DeviceEvents<DocumentReaderEvent>>(event: K, listener: DeviceEvents<DocumentReaderEvent>[K]): void {
    this.events.off(event, listener)
  }

  private onBytes(chunk: Buffer): void {
    this.deliver(this.decoder.push(chunk))
    this.clearQuietTimer()
    if (this.decoder.hasPending) {
      this.quietTimer = setTimeout(() => this.deliver(this.decoder.flush()), this.settings.interByteTimeoutMs)
    }
  }

  private deliver(events: E[]): void {
    const at = this.now()
    for (const e of events) {
      const reading = this.toReading(e, at)
      if (reading) this.events.emit('reading', reading)
    }
  }

  private onClosed(err: Error | null): void {
    this.clearQuietTimer()
    const midRead = this.decoder.hasPending
    this.decoder.reset() // half a read is never completed by bytes from a later connection
    this.port = null
    if (this.closing) return
    this.events.emit('problem', serialDisconnectedError(this.settings.path, midRead, err))
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = null
  }
}
