// Recognises a plane file's container from its bytes and tells a file cut
// short from one that is corrupt, which libvips reports alike ("libpng read
// error"): a complete PNG ends with its IEND chunk; a complete TIFF holds its
// first directory and every strip or tile that directory points to.

export type ImageContainer = 'png' | 'tiff' | 'unknown'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
/** Length 0, "IEND", CRC AE 42 60 82: the last 12 bytes of every PNG. */
const PNG_IEND = [0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]

export function imageContainer(bytes: Uint8Array): ImageContainer {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'png'
  if (bytes.length >= 4) {
    const [a, b, c, d] = [bytes[0], bytes[1], bytes[2], bytes[3]]
    if ((a === 0x49 && b === 0x49 && c === 42 && d === 0) || (a === 0x4d && b === 0x4d && c === 0 && d === 42)) return 'tiff'
    // BigTIFF (43) is a TIFF too.
    if ((a === 0x49 && b === 0x49 && c === 43 && d === 0) || (a === 0x4d && b === 0x4d && c === 0 && d === 43)) return 'tiff'
  }
  return 'unknown'
}

/** True when the bytes are evidently the start of a longer file of that container. */
export function looksTruncated(bytes: Uint8Array, container: ImageContainer): boolean {
  if (container === 'png') {
    if (bytes.length < PNG_SIGNATURE.length + PNG_IEND.length) return true
    const tail = bytes.length - PNG_IEND.length
    return !PNG_IEND.every((b, i) => bytes[tail + i] === b)
  }
  if (container === 'tiff') {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const little = bytes[0] === 0x49
    if (bytes[2] === 43 || bytes[3] === 43) {
      if (bytes.length < 16) return true
      const offset = view.getBigUint64(8, little)
      return offset + 8n > BigInt(bytes.length)
    }
    if (bytes.length < 8) return true
    return tiffDataEnd(view, little) > bytes.length
  }
  return false
}

const STRIP_OFFSETS = 273
const STRIP_BYTE_COUNTS = 279
const TILE_OFFSETS = 324
const TILE_BYTE_COUNTS = 325
const SHORT = 3
const LONG = 4

/** Where the first image's data ends, from its directory (classic TIFF); Infinity when the directory itself is cut. */
function tiffDataEnd(view: DataView, little: boolean): number {
  const ifd = view.getUint32(4, little)
  if (ifd + 2 > view.byteLength) return Infinity
  const count = view.getUint16(ifd, little)
  const entriesEnd = ifd + 2 + count * 12
  if (entriesEnd + 4 > view.byteLength) return Infinity
  const values = (entry: number): number[] => {
    const type = view.getUint16(entry + 2, little)
    const n = view.getUint32(entry + 4, little)
    const size = type === SHORT ? 2 : type === LONG ? 4 : 0
    if (size === 0) return []
    const at = n * size <= 4 ? entry + 8 : view.getUint32(entry + 8, little)
    if (at + n * size > view.byteLength) return [Infinity]
    return Array.from({ length: n }, (_, i) => (size === 2 ? view.getUint16(at + i * 2, little) : view.getUint32(at + i * 4, little)))
  }
  let offsets: number[] = []
  let counts: number[] = []
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    const tag = view.getUint16(entry, little)
    if (tag === STRIP_OFFSETS || tag === TILE_OFFSETS) offsets = values(entry)
    if (tag === STRIP_BYTE_COUNTS || tag === TILE_BYTE_COUNTS) counts = values(entry)
  }
  let end = entriesEnd + 4
  offsets.forEach((o, i) => (end = Math.max(end, o + (counts[i] ?? 0))))
  return end
}
