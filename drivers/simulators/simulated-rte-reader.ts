// A 3M / Thales RTE swipe reader on a simulated serial wire: one RTE Native
// frame per read (rte-frame.ts lays it out exactly as the reader does), plus
// the faults a real line produces: noise, half a frame, a corrupt BCC, a wrong
// length word, the duplicate a swipe reader sends.
import type { DocumentReaderSimulator } from '../core/simulator'
import { encodeRteFrame, type RteLengthConvention } from '../document-reader/rte-frame'
import { noiseBytes, SimulatedSerialWire, type SimulatedSerialWireOptions } from './simulated-serial-wire'

export interface SimulatedRteReaderOptions extends Omit<SimulatedSerialWireOptions, 'portInfo'> {
  /** What the simulated firmware's length word counts (must match the driver's config to be read). */
  lengthConvention?: RteLengthConvention
  /** The frame's flag byte. */
  flag?: number
}

export class SimulatedRteReader extends SimulatedSerialWire implements DocumentReaderSimulator {
  private readonly lengthConvention: RteLengthConvention
  private readonly flag: number

  constructor(options: SimulatedRteReaderOptions = {}) {
    super({ ...options, portInfo: { serialNumber: 'SIM-RTE-0001' } }, '/dev/ttySIM-RTE0')
    this.lengthConvention = options.lengthConvention ?? 'whole-block'
    this.flag = options.flag ?? 0x00
  }

  /** The frame the reader sends for these MRZ lines. */
  frame(lines: readonly string[]): Uint8Array {
    return encodeRteFrame(lines, { lengthConvention: this.lengthConvention, flag: this.flag })
  }

  /** A document is read: one frame. */
  present(lines: readonly string[]): void {
    this.send(this.frame(lines))
  }

  /** The same read twice in one burst, as swipe readers do. */
  presentTwice(lines: readonly string[]): void {
    const f = this.frame(lines)
    this.send(Buffer.concat([f, f]))
  }

  /** Random bytes on the line (no frame). */
  sendNoise(seed = 1, length = 24): void {
    this.send(noiseBytes(seed, length))
  }

  /** Half a frame, then silence: the transfer was cut off mid-read. */
  sendPartial(lines: readonly string[]): void {
    const f = this.frame(lines)
    this.send(f.subarray(0, Math.floor(f.length / 2)))
  }

  /** A whole frame whose BCC is wrong (one bit flipped in transit). */
  sendCorruptBcc(lines: readonly string[]): void {
    const f = Uint8Array.from(this.frame(lines))
    f[f.length - 1] = f[f.length - 1]! ^ 0x01
    this.send(f)
  }

  /** A frame whose length word disagrees with its size (BCC recomputed, so only the length is wrong). */
  sendWrongLength(lines: readonly string[], delta = -2): void {
    const f = Uint8Array.from(this.frame(lines))
    const word = ((f[1]! | (f[2]! << 8)) + delta) & 0x3fff
    f[1] = word & 0xff
    f[2] = word >> 8
    let bcc = 0
    for (let i = 1; i < f.length - 1; i++) bcc ^= f[i]!
    f[f.length - 1] = bcc
    this.send(f)
  }
}
