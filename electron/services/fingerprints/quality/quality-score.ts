// A 0..100 score on NFIQ 2's scale (good plain prints ≈ 50–90): a weighted
// geometric mean of normalised proxies, so one very bad factor drags the
// whole score down as it does for a matcher. Ridge clarity weighs most: it is
// what minutiae extraction depends on.

import type { QualityMeasures } from './quality-measures'
import type { QualityThresholds } from './quality-thresholds'

const clamp01 = (v: number): number => (Number.isNaN(v) ? 0 : v < 0 ? 0 : v > 1 ? 1 : v)

export function qualityScore(m: QualityMeasures, t: QualityThresholds): number {
  if (m.foregroundPixels < t.minPresencePixels) return 0
  const factors: [value: number, weight: number][] = [
    [clamp01((m.coherence - 0.3) / 0.5), 0.45],
    [clamp01((m.valleyGrey - m.ridgeGrey - 40) / 120), 0.15],
    [clamp01(m.foregroundPixels / (1.5 * t.minForegroundPixels)), 0.2],
    [clamp01(m.validPeriodFraction), 0.1],
    [clamp01(1 - Math.max(0, m.centreOffset - 0.15) / 0.5), 0.1],
  ]
  let score = 1
  for (const [value, weight] of factors) score *= Math.pow(value, weight)
  return Math.round(100 * score)
}
