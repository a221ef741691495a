// Fitted by fitScoreCalibration (score-calibration-fit.ts) with `npx tsx bench/fingerprint-bench.ts
// --calibrate`: 636,800 impostor comparisons (every impression against every impression of every
// other finger) of 200 synthetic fingers × 4 impressions, seeds 100001–100200, which the accuracy
// bench (seeds 1–200) does not use. Fitted down to FMR 1.8e-5 (score 47.5, 11 impostors above);
// higher scores follow the exponential tail. Refit whenever the extractor or the raw score changes.
import type { ScoreCalibration } from './score-calibration'

export const CALIBRATION: ScoreCalibration = {
  raw: [0, 4.3016, 5.619, 6.7733, 7.8427, 8.9173, 10.0061, 11.0857, 12.2267, 13.3344, 14.55, 15.7266, 16.8654, 17.9329, 19.3477, 20.3803, 21.7829, 22.9444, 24.2912, 25.419],
  calibrated: [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40, 42.5, 45, 47.5],
  tailSlope: 2.1221,
}
