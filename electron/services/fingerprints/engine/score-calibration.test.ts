import { describe, expect, it } from 'vitest'
import { applyCalibration, fmrToScore, scoreToFmr } from './score-calibration'
import { fitScoreCalibration } from './score-calibration-fit'
import { seededRandom } from './template-perturbation'

describe('fitScoreCalibration', () => {
  // Impostor raw scores with an exponential tail: P(raw ≥ r) = 10^(−r/5), so raw 20 is FMR 1e-4.
  const random = seededRandom(7)
  const impostors = Array.from({ length: 200_000 }, () => -5 * Math.log10(1 - random()))
  const calibration = fitScoreCalibration(impostors)

  it('maps raw scores so that the calibrated score is 10·−log10 of the impostor pass rate', () => {
    for (const raw of [5, 10, 15, 20]) {
      const passRate = impostors.filter((s) => s >= raw).length / impostors.length
      expect(applyCalibration(calibration, raw)).toBeCloseTo(-10 * Math.log10(passRate), 0)
    }
  })

  it('extends the fitted tail beyond the data (raw 30 → FMR 1e-6, score 60)', () => {
    expect(applyCalibration(calibration, 30)).toBeGreaterThan(56)
    expect(applyCalibration(calibration, 30)).toBeLessThan(64)
  })

  it('is monotonic', () => {
    let previous = -Infinity
    for (let raw = 0; raw <= 40; raw += 0.25) {
      const score = applyCalibration(calibration, raw)
      expect(score).toBeGreaterThanOrEqual(previous)
      previous = score
    }
  })

  it('needs enough impostors to say anything', () => {
    expect(() => fitScoreCalibration([1, 2, 3])).toThrow(RangeError)
  })
})

describe('score and FMR', () => {
  it('follow SourceAFIS: 20 ≈ 1 %, 40 ≈ 0.01 %', () => {
    expect(scoreToFmr(20)).toBeCloseTo(0.01, 10)
    expect(scoreToFmr(40)).toBeCloseTo(1e-4, 10)
    expect(fmrToScore(1e-5)).toBeCloseTo(50, 10)
    expect(scoreToFmr(-3)).toBe(1)
  })
})
