// Ridge period of one block: sample a short profile across the ridges
// (along the block's gradient direction), averaged over a few parallel lines
// to suppress pores and noise, and take the lag of its strongest
// autocorrelation peak. Catches scaling errors and non-finger textures
// (research notes §2.3, item 6). Autocorrelation rather than counting
// mid-level crossings: pores and noise add spurious crossings.

import type { GreyImage } from '../../../../shared/fingerprints/grey-image'

/** Profile length in pixels: about five ridges at 500 ppi. */
const profileLength = 48
const parallelLines = 5
const lineSpacing = 2
const minLag = 3
const maxLag = 20
/** A peak weaker than this normalised correlation is not a regular ridge pattern. */
const minPeakCorrelation = 0.15

/** Period in pixels, or NaN when the profile shows no regular ridges. */
export function ridgePeriodAt(image: GreyImage, centreX: number, centreY: number, normalAngle: number): number {
  const nx = Math.cos(normalAngle)
  const ny = Math.sin(normalAngle)
  const profile = new Float64Array(profileLength)
  const { width, height, pixels } = image
  for (let line = 0; line < parallelLines; line++) {
    const offset = (line - (parallelLines - 1) / 2) * lineSpacing
    // Offset along the ridge direction (perpendicular to the normal).
    const ox = centreX - ny * offset
    const oy = centreY + nx * offset
    for (let t = 0; t < profileLength; t++) {
      const s = t - profileLength / 2
      let x = Math.round(ox + nx * s)
      let y = Math.round(oy + ny * s)
      x = x < 0 ? 0 : x >= width ? width - 1 : x
      y = y < 0 ? 0 : y >= height ? height - 1 : y
      profile[t] = profile[t]! + pixels[y * width + x]!
    }
  }
  let mean = 0
  for (let t = 0; t < profileLength; t++) mean += profile[t]!
  mean /= profileLength
  let energy = 0
  for (let t = 0; t < profileLength; t++) {
    profile[t] = profile[t]! - mean
    energy += profile[t]! * profile[t]!
  }
  if (energy === 0) return NaN
  const correlation = new Float64Array(maxLag + 2)
  for (let lag = minLag - 1; lag <= maxLag + 1; lag++) {
    let sum = 0
    for (let t = 0; t + lag < profileLength; t++) sum += profile[t]! * profile[t + lag]!
    // Unbiased: fewer products at longer lags.
    correlation[lag] = (sum / (profileLength - lag)) / (energy / profileLength)
  }
  let best = -1
  for (let lag = minLag; lag <= maxLag; lag++) {
    const c = correlation[lag]!
    if (c > correlation[lag - 1]! && c >= correlation[lag + 1]! && (best < 0 || c > correlation[best]!)) best = lag
  }
  if (best < 0 || correlation[best]! < minPeakCorrelation) return NaN
  // Parabolic interpolation around the peak for a sub-pixel period.
  const a = correlation[best - 1]!
  const b = correlation[best]!
  const c = correlation[best + 1]!
  const denominator = a - 2 * b + c
  return denominator < 0 ? best + (0.5 * (a - c)) / denominator : best
}
