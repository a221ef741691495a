// Per-block statistics every quality proxy is built from: grey mean and σ
// (foreground, contrast, blotches) and the gradient structure tensor
// (coherence = |(Gxx−Gyy, 2Gxy)| / (Gxx+Gyy), and the ridge normal). One pass
// over the pixels, so the gate keeps up with live frames.

import type { GreyImage } from '../../../../shared/fingerprints/grey-image'

export interface BlockMeasures {
  blockSize: number
  columns: number
  rows: number
  /** Pixels in each block: the last column and row may be clipped by the image edge. */
  area: Uint16Array
  mean: Float32Array
  std: Float32Array
  /** 0 = no dominant direction (noise, flat), 1 = perfectly parallel ridges. */
  coherence: Float32Array
  /** Direction across the ridges (dominant gradient), radians. */
  normal: Float32Array
}

export function blockMeasures(image: GreyImage, blockSize: number): BlockMeasures {
  const { width, height, pixels } = image
  const columns = Math.ceil(width / blockSize)
  const rows = Math.ceil(height / blockSize)
  const count = columns * rows
  const areas = new Uint16Array(count)
  const mean = new Float32Array(count)
  const std = new Float32Array(count)
  const coherence = new Float32Array(count)
  const normal = new Float32Array(count)
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let sum = 0
      let sumSquares = 0
      let gxx = 0
      let gyy = 0
      let gxy = 0
      const y0 = by * blockSize
      const x0 = bx * blockSize
      const y1 = Math.min(y0 + blockSize, height)
      const x1 = Math.min(x0 + blockSize, width)
      const area = (y1 - y0) * (x1 - x0)
      for (let y = y0; y < y1; y++) {
        const row = y * width
        const up = (y > 0 ? y - 1 : y) * width
        const down = (y < height - 1 ? y + 1 : y) * width
        for (let x = x0; x < x1; x++) {
          const v = pixels[row + x]!
          sum += v
          sumSquares += v * v
          const left = x > 0 ? x - 1 : x
          const right = x < width - 1 ? x + 1 : x
          const gx = pixels[row + right]! - pixels[row + left]!
          const gy = pixels[down + x]! - pixels[up + x]!
          gxx += gx * gx
          gyy += gy * gy
          gxy += gx * gy
        }
      }
      const i = by * columns + bx
      areas[i] = area
      const m = sum / area
      mean[i] = m
      std[i] = Math.sqrt(Math.max(0, sumSquares / area - m * m))
      const energy = gxx + gyy
      coherence[i] = energy > 0 ? Math.sqrt((gxx - gyy) ** 2 + 4 * gxy * gxy) / energy : 0
      normal[i] = 0.5 * Math.atan2(2 * gxy, gxx - gyy)
    }
  }
  return { blockSize, columns, rows, area: areas, mean, std, coherence, normal }
}
