import { describe, expect, it } from 'vitest'
import { thresholdForFpir } from './fpir-threshold'
import { scoreToFmr } from './score-calibration'

describe('thresholdForFpir', () => {
  it('asks each comparison for FMR ≈ FPIR / N', () => {
    // 1 % false hits over 10,000 fingers needs FMR ≈ 1e-6 per comparison, i.e. score ≈ 60.
    expect(thresholdForFpir(0.01, 10_000)).toBeCloseTo(60.02, 1)
    expect(scoreToFmr(thresholdForFpir(0.01, 10_000)) * 10_000).toBeCloseTo(0.01, 3)
  })

  it('is the 1:1 threshold for a gallery of one finger', () => {
    expect(thresholdForFpir(1e-4, 1)).toBeCloseTo(40, 6)
  })

  it('rises by 10 for every tenfold larger gallery', () => {
    expect(thresholdForFpir(0.001, 100_000) - thresholdForFpir(0.001, 10_000)).toBeCloseTo(10, 2)
  })

  it('rejects impossible targets', () => {
    expect(() => thresholdForFpir(0, 10)).toThrow(RangeError)
    expect(() => thresholdForFpir(1.5, 10)).toThrow(RangeError)
    expect(() => thresholdForFpir(0.01, 0)).toThrow(RangeError)
  })
})
