// Distances on the scan. Pixels are rarely square on a line scanner (the scan
// axis depends on vehicle speed), so each axis is scaled by its own mm/pixel
// before taking the length.
import type { MmPerPixel } from './scan'

export interface ImagePoint {
  x: number
  y: number
}

export function distanceMm(a: ImagePoint, b: ImagePoint, mmPerPixel: MmPerPixel): number {
  return Math.hypot((b.x - a.x) * mmPerPixel.x, (b.y - a.y) * mmPerPixel.y)
}
