// A dual-energy line scan as the viewer receives it: 16-bit transmission planes
// (air is bright, dense cargo is dark), row-major, width × height pixels.

export interface MmPerPixel {
  /** Millimetres per pixel across the image (detector axis, usually). */
  x: number
  /** Millimetres per pixel down the image (scan axis: set by belt or vehicle speed). */
  y: number
}

export interface XrayScan {
  id: string
  width: number
  height: number
  /** High-energy transmission, 0..65535. */
  high: Uint16Array
  /** Low-energy transmission; without it there is no material colour. */
  low?: Uint16Array
  mmPerPixel: MmPerPixel
}

/** Window/level in raw 16-bit units: values center ± width/2 span black to white. */
export interface WindowLevel {
  center: number
  width: number
}

export const FULL_RANGE_MAX = 65535

/** Throws on planes that do not match the declared size: a wrong stride would show noise, not an error. */
export function assertScanShape(scan: XrayScan): void {
  const n = scan.width * scan.height
  if (!Number.isInteger(scan.width) || !Number.isInteger(scan.height) || scan.width <= 0 || scan.height <= 0) {
    throw new Error(`scan ${scan.id}: bad size ${scan.width} × ${scan.height}`)
  }
  if (scan.high.length !== n) throw new Error(`scan ${scan.id}: high plane has ${scan.high.length} values, expected ${n}`)
  if (scan.low && scan.low.length !== n) throw new Error(`scan ${scan.id}: low plane has ${scan.low.length} values, expected ${n}`)
  if (!(scan.mmPerPixel.x > 0 && scan.mmPerPixel.y > 0)) throw new Error(`scan ${scan.id}: mm per pixel must be positive`)
}
