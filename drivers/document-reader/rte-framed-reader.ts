// A 3M / Thales swipe reader speaking "RTE Native" on a serial port (RS-232
// or USB virtual COM): one framed, BCC-checked message per read (codec in
// rte-frame.ts). The serialport binding is injected: the OS binding at a
// post, SimulatedRteReader's binding in tests and classrooms.
import { EventEmitter } from 'node:events'
import type { SerialPortStream } from '@serialport/stream'
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import type { Device, DeviceEvents, DocumentReaderEvent, DriverDescriptor, Logger } from '../core/driver'
import { classifyMrzLines, mrzIsValid, ReadDeduplicator } from './mrz-lines'
import { RteFrameDecoder, type RteDecoderEvent } from './rte-frame'
import { openSerialPort, serialDisconnectedError, serialLineSettingsShape } from './serial-port'

export const rteFramedReaderConfigSchema = z
  .object({
    ...serialLineSettingsShape,
    /** Quiet time after which a frame still open is reported as cut off. */
    interByteTimeoutMs: z.number().int().min(20).max(2000).default(300),
    /** Which bytes the 14-bit length word counts; see rte-frame.ts. Switch only if a real reader proves the default wrong. */
    lengthConvention: z.enum(['whole-block', 'after-length-word']).default('whole-block'),
    /** Identical reads within this window are the swipe reader's duplicate and are dropped. */
    dedupeMs: z.number().int().min(0).max(10_000).default(2000),
  })
  .strict()
export type RteFramedReaderConfig = z.output<typeof rteFramedReaderConfigSchema>

export class RteFramedReader implements Device<DocumentReaderEvent> {
  private readonly events = new EventEmitter()
  private port: SerialPortStream | null = null
  private readonly decoder: RteFrameDecoder
  private readonly dedupe: ReadDeduplicator
  private quietTimer: NodeJS.Timeout | null = null
  private closing = false

  constructor(
    private readonly config: RteFramedReaderConfig,
    private readonly binding: BindingInterface,
    private readonly log: Logger,
    private readonly now: () => number,
  ) {
    this.decoder = new RteFrameDecoder({ lengthConvention: config.lengthConvention })
    this.dedupe = new ReadDeduplicator(config.dedupeMs)
  }

  async open(): Promise<void> {
    const port = await openSerialPort(this.config, this.binding)
    this.closing = false
    this.decoder.reset()
    this.port = port
    port.on('data', (chunk: Buffer) => this.onBytes(chunk))
    port.on('close', (err: Error | null) => this.onClosed(err))
    port.on('error', (err: Error) => this.log.warn('serial port error', { path: this.config.path, error: err.message }))
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

  on<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.on(event, listener)
  }

  off<E extends keyof DeviceEvents<DocumentReaderEvent>>(event: E, listener: DeviceEvents<DocumentReaderEvent>[E]): void {
    this.events.off(event, listener)
  }

  private onBytes(chunk: Buffer): void {
    this.deliver(this.decoder.push(chunk))
    this.clearQuietTimer()
    if (this.decoder.hasPending) {
      this.quietTimer = setTimeout(() => this.deliver(this.decoder.flush()), this.config.interByteTimeoutMs)
    }
  }

  private deliver(events: RteDecoderEvent[]): void {
    for (const e of events) {
      const reading = this.toReading(e)
      if (reading) this.events.emit('reading', reading)
    }
  }

  private toReading(e: RteDecoderEvent): DocumentReaderEvent | null {
    const at = this.now()
    if (e.type === 'error') {
      const fields = { path: this.config.path, reason: e.reason, detail: e.detail, bytes: e.raw.length }
      if (e.reason === 'bad-frame') this.log.warn('RTE frame rejected', fields)
      else this.log.info('RTE read incomplete', fields)
      return { type: 'incomplete', reason: e.reason, detail: e.detail, raw: e.raw, at }
    }
    const verdict = classifyMrzLines(e.mrz, (lines) =>
      mrzIsValid(lines, (err) => this.log.error('MRZ validation failed', { error: err instanceof Error ? err.message : String(err) })),
    )
    if (verdict.type === 'incomplete') {
      this.log.info('RTE frame holds no complete MRZ', { path: this.config.path, detail: verdict.detail })
      return { type: 'incomplete', reason: verdict.reason, detail: verdict.detail, raw: e.raw, at }
    }
    if (this.dedupe.isDuplicate(verdict.lines, at)) {
      this.log.info('duplicate read dropped', { path: this.config.path })
      return null
    }
    return { type: 'document', lines: verdict.lines, raw: e.raw, checkDigitsPassed: verdict.checkDigitsPassed, at }
  }

  private onClosed(err: Error | null): void {
    this.clearQuietTimer()
    const midRead = this.decoder.hasPending
    this.decoder.reset() // half a frame is never completed by bytes from a later connection
    this.port = null
    if (this.closing) return
    this.events.emit('problem', serialDisconnectedError(this.config.path, midRead, err))
  }

  private clearQuietTimer(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer)
    this.quietTimer = null
  }
}

export const rteFramedReaderDriver: DriverDescriptor<RteFramedReaderConfig, BindingInterface, DocumentReaderEvent> = {
  id: 'rte-framed-mrz',
  kind: 'document-reader',
  displayName: 'Document reader (3M/Thales RTE framed serial)',
  capabilities: ['mrz-lines', 'framed-protocol', 'inter-byte-timeout', 'configurable-serial'],
  configSchema: rteFramedReaderConfigSchema,
  create: ({ config, transport, log, now }) => new RteFramedReader(config, transport, log, now),
}
