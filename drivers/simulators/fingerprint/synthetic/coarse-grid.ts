// Slowly varying per-pixel quantities (the warp from image to finger, the
// contact margin, pressure patches) are evaluated every few pixels and
// interpolated bilinearly in between: the fields vary over tens of pixels,
// so this loses nothing visible and makes impressions several times cheaper.

export interface CoarseGrid {
  channels: number
  /** Interpolated channel values at image pixel (x, y), written to `out`. */
  sample(x: number, y: number, out: Float64Array): void
}

export function coarseGrid(
  width: number,
  height: number,
  step: number,
  channels: number,
  evaluate: (x: number, y: number, out: Float64Array) => void,
): CoarseGrid {
  const columns = Math.ceil(width / step) + 1
  const rows = Math.ceil(height / step) + 1
  const values = new Float64Array(columns * rows * channels)
  const scratch = new Float64Array(channels)
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      evaluate(c * step, r * step, scratch)
      values.set(scratch, (r * columns + c) * channels)
    }
  }
  return {
    channels,
    sample(x, y, out) {
      const gx = x / step
      const gy = y / step
      const c = Math.min(Math.floor(gx), columns - 2)
      const r = Math.min(Math.floor(gy), rows - 2)
      const fx = gx - c
      const fy = gy - r
      const i00 = (r * columns + c) * channels
      const i10 = i00 + channels
      const i01 = i00 + columns * channels
      const i11 = i01 + channels
      for (let k = 0; k < channels; k++) {
        const top = values[i00 + k]! + (values[i10 + k]! - values[i00 + k]!) * fx
        const bottom = values[i01 + k]! + (values[i11 + k]! - values[i01 + k]!) * fx
        out[k] = top + (bottom - top) * fy
      }
    },
  }
}
