// A document reader on a serial port (RS-232 or USB virtual COM) that sends the
// MRZ as plain text lines ending in CR or CRLF. The serialport binding is
// injected: the OS binding at a post, the simulator's binding in tests and
// classrooms; this code is the same in both.
import type { BindingInterface } from '@serialport/bindings-interface'
import { z } from 'zod'
import type { DocumentReaderEvent, DriverDescriptor, Logger } from '../core/driver'
import { MrzFrameDetector, type DetectorEvent } from './mrz-frame-detector'
import { serialLineSettingsShape } from './serial-port'
import { SerialStreamReader } from './serial-stream-reader'

export const serialTextReaderConfigSchema = z
  .object({
    ...serialLineSettingsShape,
    /** Quiet time after which a pending read is settled (no terminator, partial line). */
    interByteTimeoutMs: z.number().int().min(20).max(2000).default(150),
  })
  .strict()
export type SerialTextReaderConfig = z.output<typeof serialTextReaderConfigSchema>

export class SerialTextReader extends SerialStreamReader<DetectorEvent> {
  constructor(config: SerialTextReaderConfig, binding: BindingInterface, log: Logger, now: () => number) {
    super(config, binding, log, now, new MrzFrameDetector({ now }))
  }

  protected toReading(e: DetectorEvent, at: number): DocumentReaderEvent {
    return { ...e, at }
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
