// Ridge period per block: the grey profile sampled across the ridges (along the gradient) is close
// to a sinusoid; counting its mean crossings over a fixed length gives the period. Blocks where the
// count is implausible take the median of the good ones, because the enhancement filter tuned to a
// wrong period invents ridges.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { BlockGrid } from './block-grid'
import type { OrientationField } from './orientation-field'

/** Plausible ridge periods at 500 ppi, in pixels (fingerprint.md §2.3: 6–14). */
export const MIN_RIDGE_PERIOD = 5
export const MAX_RIDGE_PERIOD = 15
const PROFILE_HALF_LENGTH = 16
const ALONG_HALF_WIDTH = 3
const DEFAULT_PERIOD = 9

export function estimateRidgePeriod(image: GreyImage, grid: BlockGrid, field: OrientationField, foreground: Uint8Array): Float32Array {
  const { width, height, pixels } = image
  const period = new Float32Array(grid.cols * grid.rows)
  const profile = new Float32Array(2 * PROFILE_HALF_LENGTH)
  const good: number[] = []
  for (let by = 0; by < grid.rows; by++) {
    for (let bx = 0; bx < grid.cols; bx++) {
      const b = by * grid.cols + bx
      if (foreground[b] !== 1) continue
      const cx = bx * grid.size + grid.size / 2
      const cy = by * grid.size + grid.size / 2
      const theta = field.angle[b]!
      const alongX = Math.cos(theta)
      const alongY = Math.sin(theta)
      const acrossX = -alongY
      const acrossY = alongX
      let mean = 0
      for (let t = -PROFILE_HALF_LENGTH; t < PROFILE_HALF_LENGTH; t++) {
        let sum = 0
        let n = 0
        for (let s = -ALONG_HALF_WIDTH; s <= ALONG_HALF_WIDTH; s++) {
          const x = Math.round(cx + t * acrossX + s * alongX)
          const y = Math.round(cy + t * acrossY + s * alongY)
          if (x < 0 || y < 0 || x >= width || y >= height) continue
          sum += pixels[y * width + x]!
          n++
        }
        const v = n > 0 ? sum / n : 0
        profile[t + PROFILE_HALF_LENGTH] = v
        mean += v
      }
      mean /= profile.length
      let crossings = 0
      let first = -1
      let last = -1
      for (let i = 1; i < profile.length; i++) {
        if (profile[i - 1]! - mean < 0 !== profile[i]! - mean < 0) {
          crossings++
          if (first < 0) first = i
          last = i
        }
      }
      if (crossings >= 3) {
        // Crossings come twice per period; measure between the first and last one.
        const p = (2 * (last - first)) / (crossings - 1)
        if (p >= MIN_RIDGE_PERIOD && p <= MAX_RIDGE_PERIOD) {
          period[b] = p
          good.push(p)
        }
      }
    }
  }
  good.sort((a, b) => a - b)
  const median = good.length > 0 ? good[Math.floor(good.length / 2)]! : DEFAULT_PERIOD
  for (let b = 0; b < period.length; b++) if (period[b] === 0) period[b] = median
  return smoothPeriods(grid, period)
}

function smoothPeriods(grid: BlockGrid, period: Float32Array): Float32Array {
  const out = new Float32Array(period.length)
  for (let by = 0; by < grid.rows; by++) {
    for (let bx = 0; bx < grid.cols; bx++) {
      let sum = 0
      let n = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx
          const y = by + dy
          if (x < 0 || y < 0 || x >= grid.cols || y >= grid.rows) continue
          sum += period[y * grid.cols + x]!
          n++
        }
      }
      out[by * grid.cols + bx] = sum / n
    }
  }
  return out
}
