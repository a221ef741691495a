// Two-point (dark + air) detector calibration per element
// (xray-cameras-anpr.md §1.4): offset_i = mean dark_i, and
// gain_i = mean response / (air_i − dark_i), so a corrected air line is flat
// at the mean response. Frames are laid out like scans: `elements` rows, each
// as many values as lines were captured.
import { BadElement, type CalibrationRecord } from './calibration-record'
import { defaultBadPixelThresholds, flagBadResponses, flagGainOutliers, type BadPixelThresholds } from './bad-pixel-map'
import { elementStatistics, median } from './element-statistics'

/** Counts: a median air − dark response below this is no beam at all. */
const MIN_BEAM_RESPONSE = 100

export interface CalibrationInput {
  /** Beam off: `elements` × darkLines values. */
  dark: Uint16Array
  /** Beam on, empty tunnel: `elements` × airLines values. */
  air: Uint16Array
  elements: number
  scanner: string
  energy?: CalibrationRecord['energy']
  /** ISO 8601; the caller's clock (this module is pure). */
  createdAt: string
  thresholds?: Partial<BadPixelThresholds>
}

export function computeCalibration(input: CalibrationInput): CalibrationRecord {
  const { dark, air, elements } = input
  if (elements <= 0 || !Number.isInteger(elements)) throw new RangeError('elements must be a positive integer')
  if (dark.length === 0 || dark.length % elements) throw new RangeError(`dark frames hold ${dark.length} values: not a whole number of lines of ${elements} elements`)
  if (air.length === 0 || air.length % elements) throw new RangeError(`air frames hold ${air.length} values: not a whole number of lines of ${elements} elements`)
  const thresholds = { ...defaultBadPixelThresholds, ...input.thresholds }
  const darkLines = dark.length / elements
  const airLines = air.length / elements
  const darkStats = elementStatistics(dark, elements, darkLines)
  const airStats = elementStatistics(air, elements, airLines)

  // Air frames taken with the beam off (or dark frames with it on) give a
  // calibration that divides by noise: refuse them instead.
  const medianResponse = median(Float64Array.from({ length: elements }, (_, i) => airStats.mean[i]! - darkStats.mean[i]!))
  const beamFloor = Math.max(MIN_BEAM_RESPONSE, 20 * median(darkStats.std))
  if (!(medianResponse >= beamFloor)) {
    throw new RangeError(`air frames barely differ from dark frames (median response ${medianResponse.toFixed(1)} counts): was the beam on for air and off for dark?`)
  }
  const badPixels = flagBadResponses({ darkMean: darkStats.mean, darkStd: darkStats.std, airMean: airStats.mean }, thresholds)
  const offset = Float32Array.from(darkStats.mean)
  const response = Float64Array.from({ length: elements }, (_, i) => airStats.mean[i]! - darkStats.mean[i]!)

  let goodCount = 0
  let responseSum = 0
  let darkSum = 0
  for (let i = 0; i < elements; i++) {
    if (badPixels[i]) continue
    goodCount++
    responseSum += response[i]!
    darkSum += darkStats.mean[i]!
  }
  if (goodCount === 0) throw new RangeError('every element is bad: check the detector before calibrating')
  const meanResponse = responseSum / goodCount
  // Bad elements keep a gain where one is measurable (a technician's display
  // may want it), 0 where it is not; applyCalibration interpolates them anyway.
  const gain = Float32Array.from(response, (r) => (r > 0 ? meanResponse / r : 0))
  const gainDistribution = flagGainOutliers(gain, badPixels, thresholds.gainSigma)

  const count = (flag: number) => badPixels.reduce((n, f) => n + (f & flag ? 1 : 0), 0)
  return {
    version: 1,
    createdAt: input.createdAt,
    scanner: input.scanner,
    energy: input.energy ?? 'single',
    elements,
    offset,
    gain,
    badPixels,
    stats: {
      darkLines,
      airLines,
      meanDark: darkSum / goodCount,
      meanResponse,
      gainMean: gainDistribution.mean,
      gainStd: gainDistribution.std,
      medianDarkNoise: median(darkStats.std),
      bad: {
        dead: count(BadElement.dead),
        hot: count(BadElement.hot),
        gainOutlier: count(BadElement.gainOutlier),
        saturated: count(BadElement.saturated),
        noisy: count(BadElement.noisy),
        total: badPixels.reduce((n, f) => n + (f ? 1 : 0), 0),
      },
    },
  }
}
