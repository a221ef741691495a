// The per-comparison threshold for a watchlist search. A traveller who is not on the list is compared
// with every enrolled finger, so the chance of at least one false hit is FPIR = 1 − (1 − FMR)^N ≈ N·FMR
// (fingerprint.md §5). Solving for FMR and mapping it to a calibrated score gives the threshold.
import { fmrToScore } from './score-calibration'

/** Calibrated score threshold so a search over `galleryFingers` fingers falsely hits with probability ≈ targetFpir. */
export function thresholdForFpir(targetFpir: number, galleryFingers: number): number {
  if (!(targetFpir > 0 && targetFpir < 1)) throw new RangeError(`target FPIR must be between 0 and 1, got ${targetFpir}`)
  if (!(galleryFingers >= 1)) throw new RangeError(`gallery must hold at least one finger, got ${galleryFingers}`)
  // Exact inversion of 1 − (1 − FMR)^N, stable for tiny rates: FMR = 1 − exp(ln(1 − FPIR) / N).
  const fmr = -Math.expm1(Math.log1p(-targetFpir) / galleryFingers)
  return fmrToScore(fmr)
}

/** The calibrated per-finger threshold of 1:1 verification at SourceAFIS's recommended FMR 1e-4. */
export const DEFAULT_VERIFICATION_THRESHOLD = 40
