// The gate against the project's own synthetic prints: what the simulated
// scanner delivers must be judged the way a real pad's output would be.
import { describe, expect, it } from 'vitest'
import { createFinger, randomImpressionOptions, renderImpression } from '../../../../drivers/simulators/fingerprint/synthetic'
import { assessQuality } from './index'

describe('quality gate on synthetic impressions', () => {
  it('accepts normal impressions of every pattern class', () => {
    const patterns = ['arch', 'tented-arch', 'left-loop', 'right-loop', 'whorl'] as const
    patterns.forEach((pattern, i) => {
      const finger = createFinger(900 + i, { pattern })
      const report = assessQuality(renderImpression(finger, 1, randomImpressionOptions(31 + i)))
      expect(report.feedback, pattern).toBe('ok')
      expect(report.acceptable).toBe(true)
      expect(report.score).toBeGreaterThanOrEqual(60)
      expect(report.measures.ridgePeriod).toBeGreaterThan(7.5)
      expect(report.measures.ridgePeriod).toBeLessThan(11)
    })
  })

  it('asks for more pressure when the finger barely touches', () => {
    const finger = createFinger(910)
    for (const pressure of [0.1, 0.2]) expect(assessQuality(renderImpression(finger, 1, { pressure })).feedback).toBe('press-harder')
  })

  it('flags a finger half off the platen', () => {
    const finger = createFinger(911)
    const report = assessQuality(renderImpression(finger, 1, { partial: 0.55 }))
    expect(['re-centre', 'too-small']).toContain(report.feedback)
    expect(report.acceptable).toBe(false)
    const offEdge = assessQuality(renderImpression(finger, 1, { dx: 170 }))
    expect(offEdge.feedback).toBe('re-centre')
  })

  it('calls very dry skin too dry and a very noisy capture smudged', () => {
    const finger = createFinger(912)
    expect(assessQuality(renderImpression(finger, 1, { dryness: 0.75 })).feedback).toBe('too-dry')
    expect(assessQuality(renderImpression(finger, 1, { noise: 0.8 })).feedback).toBe('smudged')
  })
})
