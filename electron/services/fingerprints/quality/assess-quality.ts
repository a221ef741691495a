// The capture quality gate (research notes §2.3): cheap enough to run on every
// live frame, it tells the traveller what to change and the technician why.

import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { qualityFeedback } from './quality-feedback'
import { measureQuality } from './quality-measures'
import type { QualityReport } from './quality-report'
import { qualityScore } from './quality-score'
import { defaultQualityThresholds, type QualityThresholds } from './quality-thresholds'

export function assessQuality(image: GreyImage, thresholds: Partial<QualityThresholds> = {}): QualityReport {
  if (image.pixels.length !== image.width * image.height) {
    throw new RangeError(`image has ${image.pixels.length} pixels, expected ${image.width}×${image.height}`)
  }
  const t = { ...defaultQualityThresholds, ...thresholds }
  const measures = measureQuality(image, t)
  const score = qualityScore(measures, t)
  let feedback = qualityFeedback(measures, t)
  // Every single check passed but together they are weak: the ridges are not clear enough.
  if (feedback === 'ok' && score < t.minScore) feedback = 'smudged'
  return {
    score,
    feedback,
    acceptable: feedback === 'ok' && score >= t.minScore,
    measures: { ...measures },
  }
}
