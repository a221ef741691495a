// Fits the raw-score → calibrated-score table from impostor comparisons. For each calibrated level
// L (0, 2.5, 5, … dB of FMR) the raw threshold is where the impostor survival function falls to
// 10^(−L/10); levels are fitted only while at least MIN_TAIL impostors remain above them. Beyond,
// the tail is taken as exponential (log10 FMR linear in the raw score, least squares over the
// fitted FMR ≤ 10 % region), which is how SourceAFIS extrapolates above 50.
import type { ScoreCalibration } from './score-calibration'

const LEVEL_STEP = 2.5
const MIN_TAIL = 10

export function fitScoreCalibration(impostorRawScores: readonly number[]): ScoreCalibration {
  const n = impostorRawScores.length
  if (n < 100) throw new RangeError(`need at least 100 impostor scores to calibrate, got ${n}`)
  const descending = [...impostorRawScores].sort((a, b) => b - a)
  const raw: number[] = [0]
  const calibrated: number[] = [0]
  for (let level = LEVEL_STEP; ; level += LEVEL_STEP) {
    const fmr = 10 ** (-level / 10)
    const above = Math.floor(fmr * n)
    if (above < MIN_TAIL) break
    // The lowest raw score that only `above` impostors reach or exceed.
    const threshold = descending[above - 1]!
    if (threshold <= raw[raw.length - 1]!) continue // a tie: the coarser level already covers it
    raw.push(threshold)
    calibrated.push(level)
  }
  // Exponential tail through the points at FMR ≤ 10 % (level ≥ 10).
  const xs: number[] = []
  const ys: number[] = []
  for (let k = 0; k < raw.length; k++) {
    if (calibrated[k]! >= 10) {
      xs.push(raw[k]!)
      ys.push(calibrated[k]!)
    }
  }
  let tailSlope = 1
  if (xs.length >= 2) {
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length
    const my = ys.reduce((a, b) => a + b, 0) / ys.length
    let sxy = 0
    let sxx = 0
    for (let k = 0; k < xs.length; k++) {
      sxy += (xs[k]! - mx) * (ys[k]! - my)
      sxx += (xs[k]! - mx) ** 2
    }
    if (sxx > 0 && sxy > 0) tailSlope = sxy / sxx
  }
  return { raw, calibrated, tailSlope }
}
