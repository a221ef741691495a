import { describe, expect, it } from 'vitest'
import { assessQuality } from '../quality'
import { createBuiltInEngine } from '../engine/built-in-engine'
import { enrolmentImpression, listedPersonFinger, simulatedImpression, travellerFinger } from './simulated-prints'

describe('simulated prints', () => {
  it('gives good, faint and smudged impressions the quality gate tells apart', () => {
    const finger = travellerFinger(7)
    expect(assessQuality(simulatedImpression(finger, 'good', 1)).acceptable).toBe(true)
    expect(assessQuality(simulatedImpression(finger, 'faint', 2)).feedback).toBe('press-harder')
    expect(assessQuality(simulatedImpression(finger, 'smudged', 3)).acceptable).toBe(false)
  })

  it("makes a listed person's finger match the print enrolled for them, and nobody else's", () => {
    const engine = createBuiltInEngine()
    const enrolled = engine.extract(enrolmentImpression(listedPersonFinger('sim-wanted', 'PERS-SIM-0001', 2)))
    const again = engine.extract(simulatedImpression(listedPersonFinger('sim-wanted', 'PERS-SIM-0001', 2), 'good', 99))
    const other = engine.extract(simulatedImpression(listedPersonFinger('sim-wanted', 'PERS-SIM-0002', 2), 'good', 99))
    expect(engine.compare(again, enrolled)).toBeGreaterThan(60)
    expect(engine.compare(other, enrolled)).toBeLessThan(30)
  })
})
