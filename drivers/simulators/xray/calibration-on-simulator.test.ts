// The calibration math (shared/xray/calibration) against the simulated
// detector: frames from one detector correct that detector's scans.
import { describe, expect, it } from 'vitest'
import { applyCalibration } from '../../../shared/xray/calibration/apply-calibration'
import { computeCalibration } from '../../../shared/xray/calibration/compute-calibration'
import { elementNonUniformity } from '../../../shared/xray/calibration/element-uniformity'
import { renderAirFrames, renderDarkFrames } from './render-scan'
import { createSimulatedDetector, DetectorFault } from './simulated-detector'

describe('calibrating the simulated detector', () => {
  const elements = 400
  const detector = createSimulatedDetector(elements, 11)
  const calibration = computeCalibration({
    dark: renderDarkFrames(detector, 200, 1),
    air: renderAirFrames(detector, 200, 2),
    elements,
    scanner: 'SIM',
    energy: 'high',
    createdAt: '2026-11-25T12:00:00.000Z',
  })

  it('finds every dead, stuck and hot element', () => {
    for (let e = 0; e < elements; e++) {
      if (detector.fault[e] !== DetectorFault.none) expect(calibration.badPixels[e], `element ${e}`).not.toBe(0)
    }
    // gain outliers at 3σ are few: the rest of the map is the real faults
    const faults = [...detector.fault].filter((f) => f !== DetectorFault.none).length
    expect(calibration.stats.bad.total - faults).toBeLessThanOrEqual(Math.ceil(elements * 0.01))
  })

  it('cuts the element non-uniformity of a flat (air) scan at least tenfold', () => {
    const lines = 500
    const flat = renderAirFrames(detector, lines, 3)
    const goodOnly = { exclude: calibration.badPixels }
    const before = elementNonUniformity(flat, lines, elements, goodOnly)
    const corrected = applyCalibration(flat, lines, elements, calibration)
    const after = elementNonUniformity(corrected, lines, elements, goodOnly)
    const afterAll = elementNonUniformity(corrected, lines, elements)
    expect(before).toBeGreaterThan(0.05)
    expect(after * 10).toBeLessThan(before)
    // the bad elements, interpolated, do not spoil it either
    expect(afterAll * 10).toBeLessThan(before)
  })
})
