// ISO/IEC 19794-2:2005 finger minutiae records, the portable template format (layout checked against
// SourceAFIS's iso-probe.dat, fingerprint.md §3.4): a 24-byte record header, one 4-byte finger view
// header per view, 6 bytes per minutia, then a 2-byte extended-data length. Big-endian throughout.
import type { FingerPosition } from '../../../../shared/fingerprints/finger-positions'
import type { Minutia, Template } from './template'
import { TWO_PI, normaliseAngle } from './template'
import { TemplateFormatError } from './template-format-error'

const RECORD_HEADER_LENGTH = 24
const VIEW_HEADER_LENGTH = 4
const MINUTIA_LENGTH = 6
const EXTENDED_DATA_LENGTH = 2
const CENTIMETRES_PER_INCH = 2.54
/** Impression type 0: live-scan plain (ISO/IEC 19794-2 table 2), what a border pad captures. */
const LIVE_SCAN_PLAIN = 0
const TYPE_CODE = { ending: 1, bifurcation: 2 } as const

export interface IsoFingerView {
  template: Template
  fingerPosition: number
  viewNumber: number
  impressionType: number
  /** Finger quality 0–100. */
  quality: number
}

export function toIso19794_2(template: Template, fingerPosition: FingerPosition): Uint8Array {
  const minutiae = template.minutiae.slice(0, 255)
  const length = RECORD_HEADER_LENGTH + VIEW_HEADER_LENGTH + minutiae.length * MINUTIA_LENGTH + EXTENDED_DATA_LENGTH
  const bytes = new Uint8Array(length)
  const view = new DataView(bytes.buffer)
  bytes.set([0x46, 0x4d, 0x52, 0x00, 0x20, 0x32, 0x30, 0x00]) // "FMR\0", " 20\0"
  view.setUint32(8, length)
  view.setUint16(12, 0) // capture equipment: certification flags 0, equipment id unreported
  view.setUint16(14, template.width)
  view.setUint16(16, template.height)
  const pixelsPerCm = Math.round(template.ppi / CENTIMETRES_PER_INCH)
  view.setUint16(18, pixelsPerCm)
  view.setUint16(20, pixelsPerCm)
  bytes[22] = 1 // one finger view
  bytes[23] = 0 // reserved
  let o = RECORD_HEADER_LENGTH
  bytes[o] = fingerPosition
  bytes[o + 1] = (0 << 4) | LIVE_SCAN_PLAIN // view number 0 in the high nibble, impression type low
  bytes[o + 2] = fingerQuality(minutiae)
  bytes[o + 3] = minutiae.length
  o += VIEW_HEADER_LENGTH
  for (const m of minutiae) {
    const x = clamp(Math.round(m.x), 0, 0x3fff)
    const y = clamp(Math.round(m.y), 0, 0x3fff)
    view.setUint16(o, (TYPE_CODE[m.type] << 14) | x)
    view.setUint16(o + 2, y)
    bytes[o + 4] = Math.round((normaliseAngle(m.angle) / TWO_PI) * 256) & 255
    bytes[o + 5] = clamp(Math.round(m.quality), 0, 100)
    o += MINUTIA_LENGTH
  }
  view.setUint16(o, 0) // no extended data
  return bytes
}

/** The first finger view of a record as a template (use readIso19794_2Views for every view). */
export function fromIso19794_2(bytes: Uint8Array): Template {
  const views = readIso19794_2Views(bytes)
  const first = views[0]
  if (!first) throw new TemplateFormatError('ISO/IEC 19794-2 record holds no finger view')
  return first.template
}

export function readIso19794_2Views(bytes: Uint8Array): IsoFingerView[] {
  if (bytes.length < RECORD_HEADER_LENGTH) throw new TemplateFormatError(`ISO/IEC 19794-2 record is truncated: ${bytes.length} bytes, the header alone needs ${RECORD_HEADER_LENGTH}`)
  if (bytes[0] !== 0x46 || bytes[1] !== 0x4d || bytes[2] !== 0x52 || bytes[3] !== 0) throw new TemplateFormatError('not an ISO/IEC 19794-2 record: magic is not "FMR\\0"')
  if (bytes[4] !== 0x20 || bytes[5] !== 0x32 || bytes[6] !== 0x30 || bytes[7] !== 0) {
    const version = String.fromCharCode(bytes[4]!, bytes[5]!, bytes[6]!)
    throw new TemplateFormatError(`unsupported ISO/IEC 19794-2 version "${version}" (only " 20", the 2005 edition, is read)`)
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const recordLength = view.getUint32(8)
  if (recordLength > bytes.length) throw new TemplateFormatError(`ISO/IEC 19794-2 record is truncated: header says ${recordLength} bytes, got ${bytes.length}`)
  if (recordLength < RECORD_HEADER_LENGTH) throw new TemplateFormatError(`ISO/IEC 19794-2 record length ${recordLength} is shorter than its header`)
  const width = view.getUint16(14)
  const height = view.getUint16(16)
  const xResolution = view.getUint16(18)
  if (xResolution === 0) throw new TemplateFormatError('ISO/IEC 19794-2 record has resolution 0')
  const ppi = Math.round(xResolution * CENTIMETRES_PER_INCH)
  const viewCount = bytes[22]!
  const views: IsoFingerView[] = []
  let o = RECORD_HEADER_LENGTH
  for (let v = 0; v < viewCount; v++) {
    if (o + VIEW_HEADER_LENGTH > recordLength) throw new TemplateFormatError(`ISO/IEC 19794-2 finger view ${v + 1} header runs past the record length ${recordLength}`)
    const fingerPosition = bytes[o]!
    const viewNumber = bytes[o + 1]! >> 4
    const impressionType = bytes[o + 1]! & 0x0f
    const quality = bytes[o + 2]!
    const count = bytes[o + 3]!
    o += VIEW_HEADER_LENGTH
    if (o + count * MINUTIA_LENGTH + EXTENDED_DATA_LENGTH > recordLength) {
      throw new TemplateFormatError(`ISO/IEC 19794-2 finger view ${v + 1} claims ${count} minutiae, more than the ${recordLength}-byte record holds`)
    }
    const minutiae: Minutia[] = []
    for (let k = 0; k < count; k++) {
      const typeAndX = view.getUint16(o)
      const typeCode = typeAndX >> 14
      // Type 0 ("other") is read as an ending: the matcher weighs type agreement only lightly.
      minutiae.push({
        x: typeAndX & 0x3fff,
        y: view.getUint16(o + 2) & 0x3fff,
        angle: (bytes[o + 4]! / 256) * TWO_PI,
        type: typeCode === TYPE_CODE.bifurcation ? 'bifurcation' : 'ending',
        quality: bytes[o + 5]!,
      })
      o += MINUTIA_LENGTH
    }
    const extendedLength = view.getUint16(o)
    o += EXTENDED_DATA_LENGTH
    if (o + extendedLength > recordLength) throw new TemplateFormatError(`ISO/IEC 19794-2 finger view ${v + 1} extended data (${extendedLength} bytes) runs past the record length`)
    o += extendedLength
    views.push({ template: { width, height, ppi, minutiae }, fingerPosition, viewNumber, impressionType, quality })
  }
  return views
}

function fingerQuality(minutiae: Minutia[]): number {
  if (minutiae.length === 0) return 0
  return Math.round(minutiae.reduce((sum, m) => sum + m.quality, 0) / minutiae.length)
}

function clamp(value: number, low: number, high: number): number {
  return value < low ? low : value > high ? high : value
}
