// Halved copies of the planes (2 × 2 averages, level L = 1/2^L size) so a
// zoomed-out view samples a level close to its own resolution. Nearest
// sampling of the full plane at 18 % zoom would skip four pixels in five and
// let thin dense objects (wires, a barrel seen edge-on) drop out of the
// picture; an average keeps them visible at reduced contrast. Both renderers
// pick the same level: floor(log2(1 / zoom)), so the level's own zoom is in (0.5, 1].
import type { XrayScan } from './scan'

export const MAX_PYRAMID_LEVEL = 4

export function pyramidLevelForZoom(zoom: number): number {
  if (!(zoom > 0) || zoom >= 1) return 0
  // The epsilon keeps exact powers of two (zoom 0.5 → level 1) from rounding down a level.
  return Math.min(MAX_PYRAMID_LEVEL, Math.floor(Math.log2(1 / zoom) + 1e-9))
}

/** Level L+1 from level L: each pixel the mean of up to 2 × 2 pixels (edges of odd sizes average what exists). */
export function halvePlane(src: Uint16Array, width: number, height: number): { plane: Uint16Array; width: number; height: number } {
  const w = Math.ceil(width / 2)
  const h = Math.ceil(height / 2)
  const out = new Uint16Array(w * h)
  for (let y = 0; y < h; y++) {
    const y0 = 2 * y * width
    const y1 = 2 * y + 1 < height ? y0 + width : y0
    for (let x = 0; x < w; x++) {
      const x0 = 2 * x
      const x1 = x0 + 1 < width ? x0 + 1 : x0
      out[y * w + x] = (src[y0 + x0]! + src[y0 + x1]! + src[y1 + x0]! + src[y1 + x1]! + 2) >> 2
    }
  }
  return { plane: out, width: w, height: h }
}

const cache = new WeakMap<Uint16Array, XrayScan[]>()

/**
 * The scan at pyramid level `level` (0 = the scan itself), built on first use
 * and kept with the scan. Its mmPerPixel is scaled so measurements on it stay true.
 */
export function scanAtLevel(scan: XrayScan, level: number): XrayScan {
  if (level <= 0) return scan
  let levels = cache.get(scan.high)
  if (!levels) cache.set(scan.high, (levels = [scan]))
  for (let l = levels.length; l <= level; l++) {
    const prev = levels[l - 1]!
    const high = halvePlane(prev.high, prev.width, prev.height)
    const low = prev.low ? halvePlane(prev.low, prev.width, prev.height).plane : undefined
    levels.push({
      id: `${scan.id}@${l}`,
      width: high.width,
      height: high.height,
      high: high.plane,
      ...(low ? { low } : {}),
      mmPerPixel: { x: scan.mmPerPixel.x * 2 ** l, y: scan.mmPerPixel.y * 2 ** l },
    })
  }
  return levels[level]!
}
