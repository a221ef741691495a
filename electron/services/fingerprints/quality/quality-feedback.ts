// Turns the measures into the one prompt the officer or traveller acts on.
// Checks run from the most basic (is anything there?) to the finest (is it
// big and central enough?), so the first failing check is the one to fix first.

import type { QualityMeasures } from './quality-measures'
import type { QualityFeedback } from './quality-report'
import type { QualityThresholds } from './quality-thresholds'

export function qualityFeedback(m: QualityMeasures, t: QualityThresholds): QualityFeedback {
  // Presence (NFIQ 2: EmptyImageOrContrastTooLow, UniformImage).
  if (m.imageMean > t.emptyMean || m.imageStd < t.uniformStd || m.foregroundPixels < t.minPresencePixels) return 'no-finger'
  // A light image with texture but no ridge direction anywhere is sensor noise on an empty platen.
  if (m.clearRidgePixels < t.minPresencePixels && m.foregroundMean > t.faintForegroundMean) return 'no-finger'

  const dynamicRange = m.valleyGrey - m.ridgeGrey
  const faint = m.ridgeGrey > t.faintRidgeGrey && m.foregroundMean > t.faintForegroundMean
  const tooDark = m.darkBlotchFraction > t.maxDarkBlotchFraction || m.inkCoverage > t.maxInkCoverage
  if (tooDark) return 'press-lighter'
  if (faint || dynamicRange < t.minDynamicRange || m.contrast < t.minContrast) {
    // Low contrast on a dark print is a wet or over-pressed finger; on a light one, too little pressure.
    return m.foregroundMean < 128 ? 'press-lighter' : 'press-harder'
  }
  // Noise and smudges leave many blocks without any ridge direction; dry skin
  // leaves clear but broken ridge fragments, so few unclear blocks and little ink.
  if (m.unclearFraction > t.maxUnclearFraction) return 'smudged'
  if (m.inkCoverage < t.minInkCoverage) return 'too-dry'
  if (m.coherence < t.minCoherence || m.validPeriodFraction < t.minValidPeriodFraction) return 'smudged'

  if (m.centreOffset > t.maxCentreOffset) return 're-centre'
  if (m.foregroundPixels < t.minForegroundPixels) {
    // A small print well off-centre is a finger half off the platen; a small central one is a fingertip.
    return m.centreOffset > t.maxCentreOffset / 2 ? 're-centre' : 'too-small'
  }
  return 'ok'
}
