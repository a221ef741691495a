// A bank of even-symmetric Gabor kernels, quantised by orientation and period,
// built once and shared: per-pixel kernel construction would dominate the
// cost of growing ridges.

export interface GaborBank {
  /** Kernel radius in pixels; each kernel is (2r+1)² taps. */
  radius: number
  orientations: number
  periods: readonly number[]
  /** Kernel taps, kernel k = orientationIndex * periods.length + periodIndex at offset k * taps. */
  taps: Float32Array
  tapCount: number
  orientationIndex(angle: number): number
  periodIndex(period: number): number
}

/**
 * Kernels tuned to ridges of direction `angle` (radians) and period `period`
 * pixels: a cosine across the ridge under a Gaussian that is longer along the
 * ridge than across it, zero mean, and scaled so a matching unit sinusoid
 * comes back with amplitude 1.
 */
export function gaborBank(radius: number, orientations: number, periods: readonly number[]): GaborBank {
  const side = 2 * radius + 1
  const tapCount = side * side
  const taps = new Float32Array(orientations * periods.length * tapCount)
  for (let o = 0; o < orientations; o++) {
    const angle = (o * Math.PI) / orientations
    const tx = Math.cos(angle)
    const ty = Math.sin(angle)
    for (let p = 0; p < periods.length; p++) {
      const period = periods[p]!
      const sigmaAcross = 0.42 * period
      const sigmaAlong = 0.62 * period
      const kernel = new Float64Array(tapCount)
      const envelope = new Float64Array(tapCount)
      let envelopeSum = 0
      let weighted = 0
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const along = dx * tx + dy * ty
          const across = -dx * ty + dy * tx
          const g = Math.exp(-(along * along) / (2 * sigmaAlong * sigmaAlong) - (across * across) / (2 * sigmaAcross * sigmaAcross))
          const i = (dy + radius) * side + dx + radius
          envelope[i] = g
          kernel[i] = g * Math.cos((2 * Math.PI * across) / period)
          envelopeSum += g
          weighted += kernel[i]!
        }
      }
      // Remove the DC response so flat regions stay flat instead of drifting.
      const dc = weighted / envelopeSum
      let gain = 0
      for (let dy = -radius; dy <= radius; dy++) {
        for (let dx = -radius; dx <= radius; dx++) {
          const i = (dy + radius) * side + dx + radius
          kernel[i] = kernel[i]! - dc * envelope[i]!
          const across = -dx * ty + dy * tx
          gain += kernel[i]! * Math.cos((2 * Math.PI * across) / period)
        }
      }
      const base = (o * periods.length + p) * tapCount
      for (let i = 0; i < tapCount; i++) taps[base + i] = kernel[i]! / gain
    }
  }
  const firstPeriod = periods[0]!
  const periodStep = periods.length > 1 ? periods[1]! - firstPeriod : 1
  return {
    radius,
    orientations,
    periods,
    taps,
    tapCount,
    orientationIndex(angle) {
      const turns = angle / Math.PI
      const wrapped = turns - Math.floor(turns)
      return Math.round(wrapped * orientations) % orientations
    },
    periodIndex(period) {
      const i = Math.round((period - firstPeriod) / periodStep)
      return i < 0 ? 0 : i >= periods.length ? periods.length - 1 : i
    },
  }
}
