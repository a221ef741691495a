// SFinGe-style ridge growth: start from seeded noise and filter it again and
// again with the Gabor kernel each pixel's orientation and period call for,
// clipping after each pass. Ridges emerge with the given flow and spacing,
// and minutiae appear by themselves where ridge fronts meet.

import type { GaborBank } from './gabor-bank'
import type { SeededRandom } from './seeded-random'

export interface RidgeGrowthInput {
  width: number
  height: number
  /** Per pixel: kernel index in the bank (orientation × period). */
  kernelIndex: Uint16Array
  bank: GaborBank
  iterations: number
  random: SeededRandom
}

/** Returns width × height values in [-1, 1]; +1 is the middle of a ridge. */
export function growRidges(input: RidgeGrowthInput): Float32Array {
  const { width, height, kernelIndex, bank, iterations, random } = input
  const r = bank.radius
  const stride = width + 2 * r
  const padded = new Float32Array(stride * (height + 2 * r))
  const side = 2 * r + 1

  let field = new Float32Array(width * height)
  for (let i = 0; i < field.length; i++) field[i] = random.next() * 2 - 1
  let next = new Float32Array(width * height)
  const { taps, tapCount } = bank
  // Above 1 the clipping pushes each pass towards clean ridge/valley plateaux.
  const gain = 1.8
  for (let pass = 0; pass < iterations; pass++) {
    for (let y = 0; y < height; y++) padded.set(field.subarray(y * width, (y + 1) * width), (y + r) * stride + r)
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * width + x
        // The kernel's top-left tap sits at padded (x, y).
        let tap = kernelIndex[i]! * tapCount
        let sum = 0
        for (let dy = 0; dy < side; dy++) {
          let p = (y + dy) * stride + x
          for (let dx = 0; dx < side; dx++) sum += taps[tap++]! * padded[p++]!
        }
        sum *= gain
        next[i] = sum > 1 ? 1 : sum < -1 ? -1 : sum
      }
    }
    const filtered = next
    next = field
    field = filtered
  }
  return field
}
