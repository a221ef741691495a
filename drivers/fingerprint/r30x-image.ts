// The R30x image as UpImage sends it: 256 × 288 pixels, row-major, 4 bits
// each, two pixels per byte with the left pixel in the high nibble (as the
// Adafruit and CircuitPython libraries unpack it). Nibble 0 is black (ridge),
// 15 white, like GreyImage. Pure.
import type { GreyImage } from '../../shared/fingerprints/grey-image'
import { R30X_IMAGE_BYTES, R30X_IMAGE_HEIGHT, R30X_IMAGE_WIDTH } from './r30x-commands'

/**
 * Pixels per inch the datasheets claim for the module. The 14 × 18 mm window
 * suggests about 460 × 400 ppi, so this is a nominal figure (fingerprint.md
 * §1.5); the driver's config can override it.
 */
export const R30X_NOMINAL_PPI = 500

/** 4-bit packed bytes → 8-bit grey (each nibble n becomes n × 17, so 15 → 255). */
export function unpackR30xImage(packed: Uint8Array, ppi = R30X_NOMINAL_PPI): GreyImage {
  if (packed.length !== R30X_IMAGE_BYTES) throw new RangeError(`an R30x image is ${R30X_IMAGE_BYTES} bytes, got ${packed.length}`)
  const pixels = new Uint8Array(R30X_IMAGE_WIDTH * R30X_IMAGE_HEIGHT)
  for (let i = 0; i < packed.length; i++) {
    const b = packed[i]!
    pixels[2 * i] = (b >> 4) * 17
    pixels[2 * i + 1] = (b & 0x0f) * 17
  }
  return { width: R30X_IMAGE_WIDTH, height: R30X_IMAGE_HEIGHT, pixels, ppi }
}

/** A 256 × 288 grey image → 4-bit packed bytes (each pixel keeps its top 4 bits). */
export function packR30xImage(image: GreyImage): Uint8Array {
  if (image.width !== R30X_IMAGE_WIDTH || image.height !== R30X_IMAGE_HEIGHT) {
    throw new RangeError(`an R30x image is ${R30X_IMAGE_WIDTH}×${R30X_IMAGE_HEIGHT}, got ${image.width}×${image.height}`)
  }
  const packed = new Uint8Array(R30X_IMAGE_BYTES)
  for (let i = 0; i < packed.length; i++) packed[i] = (image.pixels[2 * i]! & 0xf0) | (image.pixels[2 * i + 1]! >> 4)
  return packed
}
