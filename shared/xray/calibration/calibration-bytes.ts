// A calibration record as bytes, for storing as a file. Little-endian:
//
//   0  "CKXC"                      magic
//   4  u16 format (1)              this layout's version, not the calibration's
//   6  u16 0                       reserved
//   8  u32 header length H         (a multiple of 4)
//  12  u32 elements N
//  16  H bytes of UTF-8 JSON       version, createdAt, scanner, energy, stats (space-padded)
//      N × f32 offset, N × f32 gain, N × u8 bad-pixel flags
//  end u32 CRC-32 of all bytes before it
import { z } from 'zod'
import type { CalibrationRecord } from './calibration-record'
import { crc32 } from './crc32'

const MAGIC = [0x43, 0x4b, 0x58, 0x43] // CKXC
const FORMAT = 1
const FIXED = 16
const MAX_ELEMENTS = 1 << 20

export class CalibrationFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CalibrationFormatError'
  }
}

const count = z.number().int().min(0)
const headerSchema = z.object({
  version: z.number().int().min(1),
  createdAt: z.string().min(1),
  scanner: z.string(),
  energy: z.enum(['high', 'low', 'single']),
  stats: z.object({
    darkLines: count,
    airLines: count,
    meanDark: z.number(),
    meanResponse: z.number(),
    gainMean: z.number(),
    gainStd: z.number(),
    medianDarkNoise: z.number(),
    bad: z.object({ dead: count, hot: count, gainOutlier: count, saturated: count, noisy: count, total: count }),
  }),
})

export function calibrationToBytes(record: CalibrationRecord): Uint8Array {
  const n = record.elements
  if (record.offset.length !== n || record.gain.length !== n || record.badPixels.length !== n) {
    throw new RangeError('offset, gain and bad-pixel map must each have one entry per element')
  }
  const header: z.input<typeof headerSchema> = {
    version: record.version,
    createdAt: record.createdAt,
    scanner: record.scanner,
    energy: record.energy,
    stats: record.stats,
  }
  let json = new TextEncoder().encode(JSON.stringify(header))
  const padded = Math.ceil(json.length / 4) * 4
  if (padded !== json.length) {
    const p = new Uint8Array(padded).fill(0x20)
    p.set(json)
    json = p
  }
  const size = FIXED + padded + n * 8 + n + 4
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  bytes.set(MAGIC, 0)
  view.setUint16(4, FORMAT, true)
  view.setUint32(8, padded, true)
  view.setUint32(12, n, true)
  bytes.set(json, FIXED)
  let at = FIXED + padded
  for (let i = 0; i < n; i++, at += 4) view.setFloat32(at, record.offset[i]!, true)
  for (let i = 0; i < n; i++, at += 4) view.setFloat32(at, record.gain[i]!, true)
  bytes.set(record.badPixels, at)
  at += n
  view.setUint32(at, crc32(bytes.subarray(0, at)), true)
  return bytes
}

export function calibrationFromBytes(bytes: Uint8Array): CalibrationRecord {
  if (bytes.length < FIXED + 4) throw new CalibrationFormatError('too short to be a calibration file')
  if (!MAGIC.every((b, i) => bytes[i] === b)) throw new CalibrationFormatError('not a calibration file (bad magic)')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const format = view.getUint16(4, true)
  if (format !== FORMAT) throw new CalibrationFormatError(`calibration file format ${format} is not supported (expected ${FORMAT})`)
  const headerLength = view.getUint32(8, true)
  const n = view.getUint32(12, true)
  if (n === 0 || n > MAX_ELEMENTS) throw new CalibrationFormatError(`implausible element count ${n}`)
  const expected = FIXED + headerLength + n * 9 + 4
  if (headerLength % 4 || bytes.length !== expected) {
    throw new CalibrationFormatError(`calibration file is ${bytes.length} bytes, its header says ${expected}: truncated or padded`)
  }
  const crcAt = expected - 4
  if (view.getUint32(crcAt, true) !== crc32(bytes.subarray(0, crcAt))) throw new CalibrationFormatError('checksum mismatch: the file is corrupt')
  let header: z.output<typeof headerSchema>
  try {
    header = headerSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(FIXED, FIXED + headerLength))))
  } catch (err) {
    throw new CalibrationFormatError(`bad calibration header: ${err instanceof Error ? err.message : String(err)}`)
  }
  let at = FIXED + headerLength
  const offset = new Float32Array(n)
  const gain = new Float32Array(n)
  for (let i = 0; i < n; i++, at += 4) offset[i] = view.getFloat32(at, true)
  for (let i = 0; i < n; i++, at += 4) gain[i] = view.getFloat32(at, true)
  const badPixels = bytes.slice(at, at + n)
  return { ...header, elements: n, offset, gain, badPixels }
}
