// Enhancement by a separable oriented filter, a cheap stand-in for a Gabor bank: first smooth along
// the ridge (joins breaks, removes pores), then band-pass across it with a 1-D Gabor tuned to the
// local ridge period. About 25 taps per pixel instead of ~150 for a 2-D Gabor kernel. The sign of
// the result is the binarisation: ridges (dark) come out negative.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import type { BlockGrid } from './block-grid'
import type { OrientationField } from './orientation-field'
import { MAX_RIDGE_PERIOD, MIN_RIDGE_PERIOD } from './ridge-frequency'

const ORIENTATIONS = 16
const ALONG_REACH = 4
const ACROSS_REACH = 7
const MARGIN = ALONG_REACH + ACROSS_REACH + 1
/** Orientation is interpolated on cells this many pixels wide (atan2 per pixel costs too much). */
const CELL = 4

// Along-ridge Gaussian (σ 2.5 px) over 9 taps, written out in pass 1 for speed.
const alongWeight = (t: number): number => Math.exp(-(t * t) / (2 * 2.5 * 2.5))
const [w0, w1, w2, w3, w4] = [alongWeight(4), alongWeight(3), alongWeight(2), alongWeight(1), alongWeight(0)] as [number, number, number, number, number]
const alongNorm = 1 / (2 * (w0 + w1 + w2 + w3) + w4)

/** Across-ridge Gabor weights per integer period, zero-mean so flat areas give 0. */
const acrossKernels: Float32Array[] = []
for (let period = 0; period <= MAX_RIDGE_PERIOD; period++) {
  const kernel = new Float32Array(2 * ACROSS_REACH + 1)
  if (period >= MIN_RIDGE_PERIOD) {
    const sigma = period * 0.45
    let mean = 0
    for (let i = 0; i < kernel.length; i++) {
      const t = i - ACROSS_REACH
      kernel[i] = Math.exp(-(t * t) / (2 * sigma * sigma)) * Math.cos((2 * Math.PI * t) / period)
      mean += kernel[i]!
    }
    mean /= kernel.length
    const envelope = (t: number): number => Math.exp(-(t * t) / (2 * sigma * sigma))
    let envelopeSum = 0
    for (let i = 0; i < kernel.length; i++) envelopeSum += envelope(i - ACROSS_REACH)
    // Remove the DC part in proportion to the envelope so the kernel stays local.
    for (let i = 0; i < kernel.length; i++) kernel[i] = kernel[i]! - (mean * kernel.length * envelope(i - ACROSS_REACH)) / envelopeSum
  }
  acrossKernels.push(kernel)
}

/** Ridge map: 1 where a ridge runs (inside the foreground), else 0; same size as the image. */
export function enhanceAndBinarise(
  image: GreyImage,
  grid: BlockGrid,
  field: OrientationField,
  period: Float32Array,
  foreground: Uint8Array,
): Uint8Array {
  const { width, height, pixels } = image
  const paddedWidth = width + 2 * MARGIN
  const paddedHeight = height + 2 * MARGIN
  const padded = new Float32Array(paddedWidth * paddedHeight)
  for (let y = 0; y < paddedHeight; y++) {
    const sy = Math.min(height - 1, Math.max(0, y - MARGIN))
    for (let x = 0; x < paddedWidth; x++) {
      const sx = Math.min(width - 1, Math.max(0, x - MARGIN))
      padded[y * paddedWidth + x] = pixels[sy * width + sx]!
    }
  }
  const orientation = orientationIndexPerPixel(width, height, grid, field)
  const alongOffsets: Int32Array[] = []
  const acrossOffsets: Int32Array[] = []
  for (let q = 0; q < ORIENTATIONS; q++) {
    const theta = (q * Math.PI) / ORIENTATIONS
    const c = Math.cos(theta)
    const s = Math.sin(theta)
    alongOffsets.push(Int32Array.from({ length: 2 * ALONG_REACH + 1 }, (_, i) => Math.round((i - ALONG_REACH) * s) * paddedWidth + Math.round((i - ALONG_REACH) * c)))
    acrossOffsets.push(Int32Array.from({ length: 2 * ACROSS_REACH + 1 }, (_, i) => Math.round((i - ACROSS_REACH) * c) * paddedWidth - Math.round((i - ACROSS_REACH) * s)))
  }

  // Work cell by cell (CELL×CELL pixels share one orientation and period, so the inner loops run
  // with constant offsets), and only near the foreground: pass 2 reads pass 1 up to ACROSS_REACH away.
  const cellCols = Math.ceil(width / CELL)
  const cellRows = Math.ceil(height / CELL)
  const reachCells = Math.ceil(ACROSS_REACH / CELL)
  const nearForeground = new Uint8Array(cellCols * cellRows)
  const inForeground = new Uint8Array(cellCols * cellRows)
  for (let cy = 0; cy < cellRows; cy++) {
    for (let cx = 0; cx < cellCols; cx++) {
      if (foreground[Math.floor((cy * CELL) / grid.size) * grid.cols + Math.floor((cx * CELL) / grid.size)] !== 1) continue
      inForeground[cy * cellCols + cx] = 1
      for (let y = Math.max(0, cy - reachCells); y <= Math.min(cellRows - 1, cy + reachCells); y++) {
        for (let x = Math.max(0, cx - reachCells); x <= Math.min(cellCols - 1, cx + reachCells); x++) nearForeground[y * cellCols + x] = 1
      }
    }
  }

  // Pass 1 along the ridge. Cells on the image edge also fill the margin pass 2 reads into.
  const smoothed = new Float32Array(padded.length)
  for (let cy = 0; cy < cellRows; cy++) {
    for (let cx = 0; cx < cellCols; cx++) {
      if (nearForeground[cy * cellCols + cx] !== 1) continue
      const offsets = alongOffsets[orientation[Math.min(height - 1, cy * CELL) * width + Math.min(width - 1, cx * CELL)]!]!
      const y0 = cy === 0 ? -ACROSS_REACH : cy * CELL
      const y1 = cy === cellRows - 1 ? height + ACROSS_REACH : Math.min(height, (cy + 1) * CELL)
      const x0 = cx === 0 ? -ACROSS_REACH : cx * CELL
      const x1 = cx === cellCols - 1 ? width + ACROSS_REACH : Math.min(width, (cx + 1) * CELL)
      const o0 = offsets[0]!, o1 = offsets[1]!, o2 = offsets[2]!, o3 = offsets[3]!, o4 = offsets[4]!, o5 = offsets[5]!, o6 = offsets[6]!, o7 = offsets[7]!, o8 = offsets[8]!
      for (let y = y0; y < y1; y++) {
        let i = (y + MARGIN) * paddedWidth + x0 + MARGIN
        for (let x = x0; x < x1; x++, i++) {
          smoothed[i] =
            (w0 * (padded[i + o0]! + padded[i + o8]!) +
              w1 * (padded[i + o1]! + padded[i + o7]!) +
              w2 * (padded[i + o2]! + padded[i + o6]!) +
              w3 * (padded[i + o3]! + padded[i + o5]!) +
              w4 * padded[i + o4]!) *
            alongNorm
        }
      }
    }
  }

  // Pass 2 across the ridge; its sign is the binary ridge map.
  const ridges = new Uint8Array(width * height)
  const taps = 2 * ACROSS_REACH + 1
  for (let cy = 0; cy < cellRows; cy++) {
    for (let cx = 0; cx < cellCols; cx++) {
      if (inForeground[cy * cellCols + cx] !== 1) continue
      const y0 = cy * CELL
      const x0 = cx * CELL
      const kernel = acrossKernels[Math.round(period[Math.floor(y0 / grid.size) * grid.cols + Math.floor(x0 / grid.size)]!)]!
      const offsets = acrossOffsets[orientation[y0 * width + x0]!]!
      const y1 = Math.min(height, y0 + CELL)
      const x1 = Math.min(width, x0 + CELL)
      for (let y = y0; y < y1; y++) {
        let i = (y + MARGIN) * paddedWidth + x0 + MARGIN
        for (let x = x0; x < x1; x++, i++) {
          let sum = 0
          for (let t = 0; t < taps; t++) sum += kernel[t]! * smoothed[i + offsets[t]!]!
          ridges[y * width + x] = sum < 0 ? 1 : 0
        }
      }
    }
  }
  return ridges
}

/** Ridge orientation quantised to ORIENTATIONS steps, bilinearly interpolated between block centres. */
function orientationIndexPerPixel(width: number, height: number, grid: BlockGrid, field: OrientationField): Uint8Array {
  const out = new Uint8Array(width * height)
  const half = grid.size / 2
  for (let cy = 0; cy < height; cy += CELL) {
    for (let cx = 0; cx < width; cx += CELL) {
      const fx = (cx + CELL / 2 - half) / grid.size
      const fy = (cy + CELL / 2 - half) / grid.size
      const bx = Math.floor(fx)
      const by = Math.floor(fy)
      const wx = fx - bx
      const wy = fy - by
      // The four surrounding block centres, clamped at the grid edge.
      const x0 = Math.min(grid.cols - 1, Math.max(0, bx))
      const x1 = Math.min(grid.cols - 1, Math.max(0, bx + 1))
      const y0 = Math.min(grid.rows - 1, Math.max(0, by)) * grid.cols
      const y1 = Math.min(grid.rows - 1, Math.max(0, by + 1)) * grid.cols
      const w00 = (1 - wy) * (1 - wx)
      const w01 = (1 - wy) * wx
      const w10 = wy * (1 - wx)
      const w11 = wy * wx
      const sin2 = w00 * field.sin2[y0 + x0]! + w01 * field.sin2[y0 + x1]! + w10 * field.sin2[y1 + x0]! + w11 * field.sin2[y1 + x1]!
      const cos2 = w00 * field.cos2[y0 + x0]! + w01 * field.cos2[y0 + x1]! + w10 * field.cos2[y1 + x0]! + w11 * field.cos2[y1 + x1]!
      let theta = 0.5 * Math.atan2(sin2, cos2)
      if (theta < 0) theta += Math.PI
      const q = Math.round((theta / Math.PI) * ORIENTATIONS) % ORIENTATIONS
      for (let y = cy; y < Math.min(height, cy + CELL); y++) out.fill(q, y * width + cx, y * width + Math.min(width, cx + CELL))
    }
  }
  return out
}
