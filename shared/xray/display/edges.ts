// Edge enhancement by Laplacian sharpening (an unsharp mask with a 4-neighbour
// kernel): g' = g + amount · (4g − N − S − E − W). It runs on the displayed
// (windowed, downsampled) grey image, so it sharpens what the officer sees at
// every zoom; the shader does the same with neighbours one screen pixel away.

export const DEFAULT_EDGE_AMOUNT = 1

/** Sharpen an 8-bit grey image in place of a copy; border pixels reuse their own value for missing neighbours. */
export function sharpenGrey(src: Uint8Array, width: number, height: number, amount = DEFAULT_EDGE_AMOUNT, out = new Uint8Array(src.length)): Uint8Array {
  const k4 = 1 + 4 * amount
  for (let y = 0; y < height; y++) {
    const row = y * width
    const up = y > 0 ? row - width : row
    const down = y < height - 1 ? row + width : row
    // Interior columns without border tests: this loop is the hot one.
    for (let x = 1; x < width - 1; x++) {
      const v = k4 * src[row + x]! - amount * (src[row + x - 1]! + src[row + x + 1]! + src[up + x]! + src[down + x]!)
      out[row + x] = v < 0 ? 0 : v > 255 ? 255 : v
    }
    for (const x of width > 1 ? [0, width - 1] : [0]) {
      const c = src[row + x]!
      const left = x > 0 ? src[row + x - 1]! : c
      const right = x < width - 1 ? src[row + x + 1]! : c
      const v = c + amount * (4 * c - left - right - src[up + x]! - src[down + x]!)
      out[row + x] = v < 0 ? 0 : v > 255 ? 255 : v
    }
  }
  return out
}
