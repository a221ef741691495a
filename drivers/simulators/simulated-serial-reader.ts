// A plain-text MRZ reader on a simulated serial wire: the wire itself
// (binding, unplug, replug, garbling at wrong settings) is SimulatedSerialWire;
// this adds what the device sends: every MRZ line ending in CR (or CRLF),
// noise, a partial read.
import type { DocumentReaderSimulator } from '../core/simulator'
import { noiseBytes, SimulatedSerialWire, type SerialSettings, type SimulatedSerialWireOptions } from './simulated-serial-wire'

export type { SerialSettings }

export interface SimulatedSerialReaderOptions extends Omit<SimulatedSerialWireOptions, 'portInfo'> {
  lineEnding?: 'CR' | 'CRLF'
}

export interface PresentOptions {
  lineEnding?: 'CR' | 'CRLF'
}

export class SimulatedSerialReader extends SimulatedSerialWire implements DocumentReaderSimulator {
  private readonly lineEnding: 'CR' | 'CRLF'

  constructor(options: SimulatedSerialReaderOptions = {}) {
    super({ ...options, portInfo: { serialNumber: 'SIM-MRZ-0001', productId: '5400', vendorId: '08e6' } }, '/dev/ttySIM-MRZ0')
    this.lineEnding = options.lineEnding ?? 'CR'
  }

  /** The reader reads a document: every MRZ line, each ending in CR (or CRLF). */
  present(lines: readonly string[], options: PresentOptions = {}): void {
    const eol = (options.lineEnding ?? this.lineEnding) === 'CRLF' ? '\r\n' : '\r'
    this.send(Buffer.from(lines.map((l) => l + eol).join(''), 'latin1'))
  }

  /** Line noise: random bytes including control characters, then a terminator. */
  sendNoise(seed = 1, length = 24): void {
    this.send(Buffer.concat([noiseBytes(seed, length), Buffer.from('\r')]))
  }

  /** The document is pulled out mid-read: the first line and part of the next, no terminator. */
  sendPartial(lines: readonly string[]): void {
    const first = lines[0] ?? ''
    const second = (lines[1] ?? '').slice(0, 12)
    this.send(Buffer.from(`${first}\r${second}`, 'latin1'))
  }
}
