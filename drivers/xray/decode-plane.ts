// Decodes one 16-bit greyscale plane (PNG or TIFF) from its bytes with sharp
// (xray-cameras-anpr.md §2.3: `toColourspace('grey16').raw({depth:'ushort'})`
// round-trips bit-exactly; without the colourspace sharp hands back sRGB).
// Every way a plane can be wrong becomes a PlaneDecodeError with a reason.
import sharp, { type Metadata, type OutputInfo } from 'sharp'
import { imageContainer, looksTruncated } from './image-container'
import type { XrayIncompleteReason } from './xray-reading'

export interface DecodedPlane {
  width: number
  height: number
  data: Uint16Array
}

export class PlaneDecodeError extends Error {
  constructor(
    readonly reason: XrayIncompleteReason,
    message: string,
  ) {
    super(message)
    this.name = 'PlaneDecodeError'
  }
}

export async function decodePlane(bytes: Buffer, name: string): Promise<DecodedPlane> {
  if (bytes.length === 0) throw new PlaneDecodeError('empty-file', `${name} is empty (0 bytes)`)
  const container = imageContainer(bytes)
  if (container === 'unknown') throw new PlaneDecodeError('unsupported-format', `${name} is neither a PNG nor a TIFF`)
  if (looksTruncated(bytes, container)) {
    throw new PlaneDecodeError('truncated-image', `${name} is cut short: a ${bytes.length}-byte ${container.toUpperCase()} without its end`)
  }
  let meta: Metadata
  try {
    meta = await sharp(bytes).metadata()
  } catch (err) {
    throw new PlaneDecodeError('corrupt-image', `${name}: ${container.toUpperCase()} header does not decode (${message(err)})`)
  }
  if (meta.depth !== 'ushort') {
    throw new PlaneDecodeError('not-16-bit', `${name} holds ${depthWords(meta.depth)} samples; the scanner must deliver 16-bit planes`)
  }
  if (meta.channels !== 1) throw new PlaneDecodeError('not-greyscale', `${name} has ${meta.channels} channels; a plane is one 16-bit grey channel`)
  let raw: { data: Buffer; info: OutputInfo }
  try {
    raw = await sharp(bytes).toColourspace('grey16').raw({ depth: 'ushort' }).toBuffer({ resolveWithObject: true })
  } catch (err) {
    throw new PlaneDecodeError('corrupt-image', `${name} does not decode: ${message(err)}`)
  }
  const { width, height, channels } = raw.info
  if (channels !== 1 || raw.data.length !== width * height * 2) {
    throw new PlaneDecodeError('corrupt-image', `${name} decoded to ${raw.data.length} bytes in ${channels} channels, not ${width} × ${height} 16-bit samples`)
  }
  return { width, height, data: asUint16(raw.data) }
}

/** A view when the Buffer is 2-byte aligned (sharp's are), else a copy. Native byte order, as sharp writes it. */
function asUint16(b: Buffer): Uint16Array {
  if (b.byteOffset % 2 === 0) return new Uint16Array(b.buffer, b.byteOffset, b.length / 2)
  const copy = new Uint16Array(b.length / 2)
  new Uint8Array(copy.buffer).set(b)
  return copy
}

function depthWords(depth: string | undefined): string {
  switch (depth) {
    case 'uchar':
    case 'char':
      return '8-bit'
    case 'uint':
    case 'int':
      return '32-bit integer'
    case 'float':
    case 'double':
      return 'floating-point'
    default:
      return `${depth ?? 'unknown'}`
  }
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err))
