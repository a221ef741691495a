// Maps a raw pairing score to ≈ 10·−log10(FMR), as SourceAFIS shapes its scores: 20 ≈ FMR 1 %,
// 40 ≈ 0.01 %. The table is fitted on impostor comparisons of synthetic fingers by
// fitScoreCalibration (score-calibration-fit.ts) and pasted here; between points it is linear, past
// the last point it continues the fitted exponential tail.
import { CALIBRATION } from './score-calibration-table'

export interface ScoreCalibration {
  /** Raw scores at the calibrated scores in `calibrated`, ascending. */
  raw: number[]
  calibrated: number[]
  /** Calibrated points per raw point beyond the table (slope of the fitted log-tail × 10). */
  tailSlope: number
}

export function applyCalibration(calibration: ScoreCalibration, raw: number): number {
  const { raw: xs, calibrated: ys } = calibration
  if (raw <= xs[0]!) return ys[0]!
  for (let k = 1; k < xs.length; k++) {
    if (raw <= xs[k]!) {
      const t = (raw - xs[k - 1]!) / (xs[k]! - xs[k - 1]!)
      return ys[k - 1]! + t * (ys[k]! - ys[k - 1]!)
    }
  }
  return ys[ys.length - 1]! + (raw - xs[xs.length - 1]!) * calibration.tailSlope
}

export function calibratedScore(raw: number): number {
  return applyCalibration(CALIBRATION, raw)
}

/** The false match rate a calibrated score stands for. */
export function scoreToFmr(score: number): number {
  return Math.min(1, 10 ** (-score / 10))
}

/** The calibrated score whose false match rate is `fmr`. */
export function fmrToScore(fmr: number): number {
  return -10 * Math.log10(fmr)
}
