// Corrects a scan plane with a calibration: per element, offset subtracted
// and gain applied; bad elements replaced by linear interpolation between the
// nearest good elements above and below, line by line (a dead element is a
// streak along the scan direction, so its neighbours across it are the best
// guess).
import type { CalibrationRecord } from './calibration-record'

export function applyCalibration(plane: Uint16Array, width: number, height: number, calibration: CalibrationRecord): Uint16Array {
  if (plane.length !== width * height) throw new RangeError(`plane holds ${plane.length} values, expected ${width} × ${height}`)
  if (calibration.elements !== height) {
    throw new RangeError(`calibration is for ${calibration.elements} elements, the scan has ${height}`)
  }
  const out = new Uint16Array(plane.length)
  const { offset, gain, badPixels } = calibration
  for (let e = 0; e < height; e++) {
    if (badPixels[e]) continue
    const o = offset[e]!
    const g = gain[e]!
    const row = e * width
    for (let x = row, end = row + width; x < end; x++) {
      const v = (plane[x]! - o) * g
      out[x] = v <= 0 ? 0 : v >= 65535 ? 65535 : v + 0.5 // Uint16Array truncates: +0.5 rounds
    }
  }
  interpolateBadElements(out, width, height, badPixels)
  return out
}

/** Fills every bad element's row from its nearest good neighbours (in place). */
export function interpolateBadElements(plane: Uint16Array, width: number, height: number, badPixels: Uint8Array): void {
  let e = 0
  while (e < height) {
    if (!badPixels[e]) {
      e++
      continue
    }
    let end = e
    while (end < height && badPixels[end]) end++
    const above = e - 1 // good, or -1
    const below = end < height ? end : -1
    for (let b = e; b < end; b++) fillRow(plane, width, b, above, below)
    e = end
  }
}

function fillRow(plane: Uint16Array, width: number, row: number, above: number, below: number): void {
  const dst = row * width
  if (above < 0 && below < 0) {
    plane.fill(0, dst, dst + width) // nothing good anywhere
    return
  }
  if (above < 0 || below < 0) {
    const src = (above < 0 ? below : above) * width
    plane.copyWithin(dst, src, src + width)
    return
  }
  const t = (row - above) / (below - above)
  const a = above * width
  const b = below * width
  for (let x = 0; x < width; x++) plane[dst + x] = plane[a + x]! + (plane[b + x]! - plane[a + x]!) * t + 0.5
}
