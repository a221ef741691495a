// Ridge orientation per block from averaged squared gradients (the doubled-angle trick: gradients
// on both flanks of a ridge point opposite ways, squaring makes them agree), smoothed over
// neighbouring blocks because ridge flow changes slowly except at cores and deltas.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { BlockGrid } from './block-grid'

export interface OrientationField {
  /** cos 2θ and sin 2θ of the ridge direction θ per block (image coordinates, y down). */
  cos2: Float32Array
  sin2: Float32Array
  /** Ridge direction θ in [0, π) per block, image coordinates (y down). */
  angle: Float32Array
  /** 0 (no dominant direction) … 1 (perfectly parallel ridges). */
  coherence: Float32Array
}

export function estimateOrientationField(image: GreyImage, grid: BlockGrid): OrientationField {
  const { width, height, pixels } = image
  const count = grid.cols * grid.rows
  const gxx = new Float64Array(count)
  const gxy = new Float64Array(count)
  const gss = new Float64Array(count)
  for (let y = 1; y < height - 1; y++) {
    const rowBlock = Math.floor(y / grid.size) * grid.cols
    const row = y * width
    for (let x = 1; x < width - 1; x++) {
      const i = row + x
      const dx = pixels[i + 1]! - pixels[i - 1]!
      const dy = pixels[i + width]! - pixels[i - width]!
      const b = rowBlock + Math.floor(x / grid.size)
      gxx[b]! += dx * dx - dy * dy
      gxy[b]! += 2 * dx * dy
      gss[b]! += dx * dx + dy * dy
    }
  }
  const sxx = smooth(grid, gxx)
  const sxy = smooth(grid, gxy)
  const sss = smooth(grid, gss)
  const cos2 = new Float32Array(count)
  const sin2 = new Float32Array(count)
  const angle = new Float32Array(count)
  const coherence = new Float32Array(count)
  for (let b = 0; b < count; b++) {
    const magnitude = Math.hypot(sxx[b]!, sxy[b]!)
    // The gradient's doubled angle is 2φ; the ridge runs across the gradient, θ = φ + π/2, so 2θ = 2φ + π.
    const c = magnitude > 0 ? -sxx[b]! / magnitude : 1
    const s = magnitude > 0 ? -sxy[b]! / magnitude : 0
    cos2[b] = c
    sin2[b] = s
    let theta = 0.5 * Math.atan2(s, c)
    if (theta < 0) theta += Math.PI
    angle[b] = theta
    coherence[b] = sss[b]! > 0 ? magnitude / sss[b]! : 0
  }
  return { cos2, sin2, angle, coherence }
}

/** 3×3 binomial smoothing of a block map, renormalised at the grid edges. */
function smooth(grid: BlockGrid, values: Float64Array): Float64Array {
  const out = new Float64Array(values.length)
  for (let by = 0; by < grid.rows; by++) {
    for (let bx = 0; bx < grid.cols; bx++) {
      let sum = 0
      let weight = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx
          const y = by + dy
          if (x < 0 || y < 0 || x >= grid.cols || y >= grid.rows) continue
          const w = (dx === 0 ? 2 : 1) * (dy === 0 ? 2 : 1)
          sum += w * values[y * grid.cols + x]!
          weight += w
        }
      }
      out[by * grid.cols + bx] = (sum / weight) * 16
    }
  }
  return out
}
