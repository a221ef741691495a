// An 8-bit greyscale image as every fingerprint part passes it around: pads
// deliver it, the synthetic generator renders it, the quality gate and the
// extractor read it. Convention: row-major, 0 = black (ridge), 255 = white
// (background), as a live-scan pad images a finger.

export interface GreyImage {
  width: number
  height: number
  /** width × height bytes, row-major. */
  pixels: Uint8Array
  /** Scan resolution in pixels per inch (500 for border pads). */
  ppi: number
}

export function greyImage(width: number, height: number, ppi = 500, fill = 255): GreyImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new RangeError(`image size must be positive integers, got ${width}×${height}`)
  }
  return { width, height, pixels: new Uint8Array(width * height).fill(fill), ppi }
}
