// A 3M / Thales swipe reader speaking "RTE Native" on a serial port (RS-232
// or USB virtual COM): one framed, BCC-checked message per read (codec in
// rte-frame.ts). The serialport binding is injected: the OS binding at a
// post, SimulatedRteReader's binding in tests and classrooms.
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import type { DocumentReaderEvent, DriverDescriptor, Logger } from '../core/driver'
import { classifyMrzLines, mrzIsValid, ReadDeduplicator } from './mrz-lines'
import { RteFrameDecoder, type RteDecoderEvent } from './rte-frame'
import { serialLineSettingsShape } from './serial-port'
import { SerialStreamReader } from './serial-stream-reader'

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

export class RteFramedReader extends SerialStreamReader<RteDecoderEvent> {
  private readonly dedupe: ReadDeduplicator

  constructor(config: RteFramedReaderConfig, binding: BindingInterface, log: Logger, now: () => number) {
    super(config, binding, log, now, new RteFrameDecoder({ lengthConvention: config.lengthConvention }))
    this.dedupe = new ReadDeduplicator(config.dedupeMs)
  }

  protected toReading(e: RteDecoderEvent, at: number): DocumentReaderEvent | null {
    if (e.type === 'error') {
      const fields = { path: this.settings.path, reason: e.reason, detail: e.detail, bytes: e.raw.length }
      if (e.reason === 'bad-frame') this.log.warn('RTE frame rejected', fields)
      else this.log.info('RTE read incomplete', fields)
      return { type: 'incomplete', reason: e.reason, detail: e.detail, raw: e.raw, at }
    }
    const verdict = classifyMrzLines(e.mrz, (lines) =>
      mrzIsValid(lines, (err) => this.log.error('MRZ validation failed', { error: err instanceof Error ? err.message : String(err) })),
    )
    if (verdict.type === 'incomplete') {
      this.log.info('RTE frame holds no complete MRZ', { path: this.settings.path, detail: verdict.detail })
      return { type: 'incomplete', reason: verdict.reason, detail: verdict.detail, raw: e.raw, at }
    }
    if (this.dedupe.isDuplicate(verdict.lines, at)) {
      this.log.info('duplicate read dropped', { path: this.settings.path })
      return null
    }
    return { type: 'document', lines: verdict.lines, raw: e.raw, checkDigitsPassed: verdict.checkDigitsPassed, at }
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
