// Which detector elements cannot be trusted, from their dark and air
// statistics (xray-cameras-anpr.md §1.4): an element bad in the dark or the
// air frames stays bad; one saturated in air is bad because its gain cannot
// be measured.
import { BadElement } from './calibration-record'
import { median, robustSigma } from './element-statistics'

export interface BadPixelThresholds {
  /** Dead: response (air − dark) below this fraction of the median response. */
  deadResponseFraction: number
  /** Hot: dark level above the median by more than this many robust σ of the dark levels… */
  hotDarkSigma: number
  /** …and by at least this many counts (a very uniform detector has a tiny σ). */
  hotDarkMinCounts: number
  /** Noisy: dark noise above this multiple of the median dark noise. */
  noisyFactor: number
  /** Gain outlier: further than this many σ (of the good elements' gains) from their median. */
  gainSigma: number
  /** Saturated: mean air level at or above this. */
  saturationLevel: number
}

export const defaultBadPixelThresholds: BadPixelThresholds = {
  deadResponseFraction: 0.1,
  hotDarkSigma: 6,
  hotDarkMinCounts: 200,
  noisyFactor: 5,
  gainSigma: 3,
  saturationLevel: 65000,
}

export interface ElementResponse {
  darkMean: ArrayLike<number>
  darkStd: ArrayLike<number>
  airMean: ArrayLike<number>
}

/** Flags dead, hot, noisy and saturated elements: everything that does not need the gain distribution. */
export function flagBadResponses(r: ElementResponse, t: BadPixelThresholds = defaultBadPixelThresholds): Uint8Array {
  const n = r.darkMean.length
  const flags = new Uint8Array(n)
  const response = Float64Array.from({ length: n }, (_, i) => r.airMean[i]! - r.darkMean[i]!)
  const medianResponse = median(response)
  const medianDark = median(r.darkMean)
  const darkSigma = robustSigma(r.darkMean)
  const medianNoise = median(r.darkStd)
  const hotAbove = Math.max(t.hotDarkSigma * darkSigma, t.hotDarkMinCounts)
  for (let i = 0; i < n; i++) {
    if (response[i]! < t.deadResponseFraction * medianResponse) flags[i]! |= BadElement.dead
    if (r.darkMean[i]! - medianDark > hotAbove) flags[i]! |= BadElement.hot
    if (r.darkStd[i]! > t.noisyFactor * Math.max(medianNoise, 0.5)) flags[i]! |= BadElement.noisy
    if (r.airMean[i]! >= t.saturationLevel) flags[i]! |= BadElement.saturated
  }
  return flags
}

/**
 * Adds the gain-outlier flag to elements (not already bad) whose gain is more
 * than `gainSigma` standard deviations from the median gain of the good ones.
 * Returns the mean and σ of the good gains used.
 */
export function flagGainOutliers(gain: Float32Array, flags: Uint8Array, gainSigma: number): { mean: number; std: number } {
  const good: number[] = []
  for (let i = 0; i < gain.length; i++) if (!flags[i]) good.push(gain[i]!)
  if (good.length < 2) return { mean: good[0] ?? NaN, std: 0 }
  const mean = good.reduce((a, b) => a + b, 0) / good.length
  const std = Math.sqrt(good.reduce((a, g) => a + (g - mean) ** 2, 0) / good.length)
  const centre = median(good)
  for (let i = 0; i < gain.length; i++) {
    if (!flags[i] && Math.abs(gain[i]! - centre) > gainSigma * std) flags[i]! |= BadElement.gainOutlier
  }
  return { mean, std }
}
