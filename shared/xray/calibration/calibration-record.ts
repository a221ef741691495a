// A detector calibration set: per-element dark offset and gain, and the map of
// elements that cannot be trusted. Produced by computeCalibration from dark
// and air frames, applied to scans by applyCalibration, stored as bytes by
// calibration-bytes.ts. The calibration service numbers the versions and
// audits who applied which; this module only holds the data.

/** Why an element is bad, as bit flags (an element can be several at once). 0 = good. */
export const BadElement = {
  /** Almost no response to the beam (dead or stuck element). */
  dead: 1,
  /** Dark current far above the others. */
  hot: 2,
  /** Gain beyond 3σ of the gain distribution. */
  gainOutlier: 4,
  /** Saturated in the air frames: its gain cannot be measured. */
  saturated: 8,
  /** Dark noise far above the others. */
  noisy: 16,
} as const

export interface CalibrationStats {
  darkLines: number
  airLines: number
  /** Mean dark level over good elements (counts). */
  meanDark: number
  /** Mean air − dark response over good elements (counts): where air lands after correction. */
  meanResponse: number
  /** Mean and standard deviation of the gains of good elements. */
  gainMean: number
  gainStd: number
  /** Median per-element dark noise (standard deviation over lines, counts). */
  medianDarkNoise: number
  /** How many elements carry each flag, and how many are bad at all. */
  bad: { dead: number; hot: number; gainOutlier: number; saturated: number; noisy: number; total: number }
}

export interface CalibrationRecord {
  /** The calibration set's version, assigned by whoever stores it (1 when just computed). */
  version: number
  /** ISO 8601. */
  createdAt: string
  scanner: string
  /** Which pulse of a dual-energy detector these frames came from; a dual-energy scanner has one record per energy. */
  energy: 'high' | 'low' | 'single'
  /** Detector elements (rows of a scan). */
  elements: number
  /** Dark level per element, subtracted first. */
  offset: Float32Array
  /** Multiplier per element after offset subtraction, mapping air to `stats.meanResponse`. */
  gain: Float32Array
  /** `BadElement` flags per element; 0 = good. */
  badPixels: Uint8Array
  stats: CalibrationStats
}
