// LINAC dose varies from pulse to pulse, so a whole scan line comes out a
// little brighter or darker (xray-cameras-anpr.md §1.4). Elements that always
// see air (above the tallest vehicle) act as the reference detector: each line
// is scaled so its reference mean matches the reference mean over the scan.
export interface ReferenceElements {
  from: number
  /** Exclusive. */
  to: number
}

export function normaliseDosePerLine(plane: Uint16Array, width: number, height: number, reference: ReferenceElements): Uint16Array {
  if (plane.length !== width * height) throw new RangeError(`plane holds ${plane.length} values, expected ${width} × ${height}`)
  const from = Math.max(0, reference.from)
  const to = Math.min(height, reference.to)
  if (to <= from) throw new RangeError('empty reference element range')
  const lineRef = new Float64Array(width)
  for (let e = from; e < to; e++) {
    const row = e * width
    for (let x = 0; x < width; x++) lineRef[x] = lineRef[x]! + plane[row + x]!
  }
  let total = 0
  for (let x = 0; x < width; x++) total += lineRef[x]!
  const overall = total / width
  const scale = Float32Array.from(lineRef, (r) => (r > 0 ? overall / r : 1))
  const out = new Uint16Array(plane.length)
  for (let e = 0; e < height; e++) {
    const row = e * width
    for (let x = 0; x < width; x++) {
      const v = plane[row + x]! * scale[x]!
      out[row + x] = v >= 65535 ? 65535 : v + 0.5
    }
  }
  return out
}
