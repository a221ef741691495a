// Limits of the capture quality gate (research notes §2.3). NFIQ 2's own
// actionable-feedback limits are kept where they exist (mean > 250 empty,
// σ < 1 uniform); the rest are starting points tuned on the NIST samples and
// on synthetic impressions, so a technician can adjust them per device.

export interface QualityThresholds {
  /** Side of the square analysis block in pixels at 500 ppi. */
  blockSize: number
  /** Image mean above which the platen is empty (NFIQ 2: 250). */
  emptyMean: number
  /** Image σ below which the image is uniform (NFIQ 2: 1). */
  uniformStd: number
  /** A block with at least this grey-level σ holds finger texture. */
  foregroundBlockStd: number
  /** Fewer foreground pixels than this (at 500 ppi) is no finger at all. */
  minPresencePixels: number
  /** Median foreground block σ below this is too little contrast. */
  minContrast: number
  /** Foreground p95 − p5 grey levels below this is too little contrast (§2.3: ≈80). */
  minDynamicRange: number
  /** A print whose darkest ridges (p5) are lighter than this… */
  faintRidgeGrey: number
  /** …while its foreground mean is lighter than this, is too faint: press harder. */
  faintForegroundMean: number
  /** Fraction of foreground blocks that are dark and flat (merged ridges) above which the finger is pressed too hard. */
  maxDarkBlotchFraction: number
  /** Fraction of foreground pixels inked (darker than mid-grey of the print) above which ridges are merged. */
  maxInkCoverage: number
  /** …and below which ridges are broken (dry skin). */
  minInkCoverage: number
  /** Mean orientation coherence of foreground blocks below this is smudged or moving. */
  minCoherence: number
  /** Blocks less coherent than this count as unclear… */
  unclearBlockCoherence: number
  /** …and more than this fraction of them is smudged. */
  maxUnclearFraction: number
  /**
   * Valid ridge period in pixels at the image's stated ppi. True 500 ppi adult
   * prints measure 8–11 px (§2.3 suggests 6–14), but the NIST samples shipped
   * as 500 ppi measure 4–6 px (they look downsampled), so the default lower
   * limit is 3.5; raise it to 6 for pads known to deliver true 500 ppi.
   */
  minRidgePeriod: number
  maxRidgePeriod: number
  /** Fewer than this fraction of foreground blocks with a valid ridge period is not a finger's ridges. */
  minValidPeriodFraction: number
  /** Foreground pixels (500 ppi) needed for a usable print (NFIQ 2 flags < 50 000 for full plain prints). */
  minForegroundPixels: number
  /** Foreground centroid offset from the image centre, as a fraction of the half-size, above which to re-centre. */
  maxCentreOffset: number
  /** Minimum score for an acceptable capture. */
  minScore: number
}

export const defaultQualityThresholds: QualityThresholds = {
  blockSize: 16,
  emptyMean: 250,
  uniformStd: 1,
  foregroundBlockStd: 4,
  minPresencePixels: 4_000,
  minContrast: 15,
  minDynamicRange: 80,
  faintRidgeGrey: 110,
  faintForegroundMean: 195,
  maxDarkBlotchFraction: 0.35,
  maxInkCoverage: 0.9,
  minInkCoverage: 0.25,
  minCoherence: 0.45,
  unclearBlockCoherence: 0.3,
  maxUnclearFraction: 0.35,
  minRidgePeriod: 3.5,
  maxRidgePeriod: 14,
  minValidPeriodFraction: 0.5,
  minForegroundPixels: 40_000,
  maxCentreOffset: 0.35,
  minScore: 30,
}
