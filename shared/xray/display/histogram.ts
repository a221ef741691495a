// Histogram of a 16-bit plane: one bin per value. A stride samples large scans
// (every 4th pixel of 16 MP is still 4 M samples) so auto-window stays quick.

export function histogram16(plane: Uint16Array, stride = 1): Uint32Array {
  const bins = new Uint32Array(65536)
  const step = Math.max(1, Math.floor(stride))
  for (let i = 0; i < plane.length; i += step) bins[plane[i]!]!++
  return bins
}

/** The smallest value v such that at least p (0..1) of the counted samples are ≤ v, counting only [from, to). */
export function histogramPercentile(bins: Uint32Array, p: number, from = 0, to = bins.length): number {
  let total = 0
  for (let v = from; v < to; v++) total += bins[v]!
  if (total === 0) return from
  const target = Math.max(1, Math.ceil(Math.min(1, Math.max(0, p)) * total))
  let seen = 0
  for (let v = from; v < to; v++) {
    seen += bins[v]!
    if (seen >= target) return v
  }
  return to - 1
}
