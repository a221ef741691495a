// Segmentation: which blocks hold ridges. Background (platen, air) is flat; ridges have contrast.
// Low-contrast noise would still pass a contrast test, so the orientation stage later drops blocks
// whose gradients do not agree on one direction.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { BlockGrid } from './block-grid'

export interface BlockContrast {
  mean: Float32Array
  std: Float32Array
}

export function measureBlockContrast(image: GreyImage, grid: BlockGrid): BlockContrast {
  const { width, height, pixels } = image
  const count = grid.cols * grid.rows
  const sum = new Float64Array(count)
  const sumSq = new Float64Array(count)
  const n = new Float64Array(count)
  for (let y = 0; y < height; y++) {
    const rowBlock = Math.floor(y / grid.size) * grid.cols
    const row = y * width
    for (let x = 0; x < width; x++) {
      const b = rowBlock + Math.floor(x / grid.size)
      const v = pixels[row + x]!
      sum[b]! += v
      sumSq[b]! += v * v
      n[b]! += 1
    }
  }
  const mean = new Float32Array(count)
  const std = new Float32Array(count)
  for (let b = 0; b < count; b++) {
    const m = sum[b]! / n[b]!
    mean[b] = m
    std[b] = Math.sqrt(Math.max(0, sumSq[b]! / n[b]! - m * m))
  }
  return { mean, std }
}

/**
 * Foreground blocks: contrast above a floor that adapts to the print (a third of the strongest
 * blocks' contrast, never below 6 grey levels), then two majority votes over 3×3 blocks that
 * remove specks and fill holes, so the mask is one smooth region.
 */
export function segmentForeground(grid: BlockGrid, contrast: BlockContrast): Uint8Array {
  const { std } = contrast
  const sorted = Float32Array.from(std).sort()
  const strong = sorted[Math.floor(sorted.length * 0.9)] ?? 0
  const floor = Math.max(6, strong * 0.33)
  let mask: Uint8Array = new Uint8Array(std.length)
  for (let b = 0; b < std.length; b++) mask[b] = std[b]! > floor ? 1 : 0
  for (let pass = 0; pass < 2; pass++) mask = majorityVote(grid, mask)
  return mask
}

function majorityVote(grid: BlockGrid, mask: Uint8Array): Uint8Array {
  const out = new Uint8Array(mask.length)
  for (let by = 0; by < grid.rows; by++) {
    for (let bx = 0; bx < grid.cols; bx++) {
      let votes = 0
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const x = bx + dx
          const y = by + dy
          if (x >= 0 && y >= 0 && x < grid.cols && y < grid.rows) votes += mask[y * grid.cols + x]!
        }
      }
      out[by * grid.cols + bx] = votes >= 5 ? 1 : 0
    }
  }
  return out
}
