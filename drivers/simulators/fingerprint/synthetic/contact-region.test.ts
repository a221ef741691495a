import { describe, expect, it } from 'vitest'
import { contactFirmness, contactRegion, cutDistance } from './contact-region'

const removedFraction = (d: number): number => (Math.acos(d) - d * Math.sqrt(1 - d * d)) / Math.PI

describe('contact region', () => {
  it('cuts a unit disc so the requested fraction of its area is removed', () => {
    for (const fraction of [0.05, 0.25, 0.5, 0.8]) expect(removedFraction(cutDistance(fraction))).toBeCloseTo(fraction, 6)
    expect(cutDistance(0.5)).toBeCloseTo(0, 6)
  })

  it('touches firmly in the middle, not at all outside, and grows with pressure', () => {
    const region = (pressure: number, partial = 0) =>
      contactRegion({ halfWidth: 120, halfHeight: 160, pressure, partial, partialAngle: 0, seed: 1 })
    const normal = region(0.5)
    expect(contactFirmness(normal.margin(0, 0))).toBe(1)
    expect(contactFirmness(normal.margin(200, 0))).toBe(0)
    expect(region(0.9).halfWidth).toBeGreaterThan(normal.halfWidth)
    expect(region(0.1).halfHeight).toBeLessThan(normal.halfHeight)
    // A half cut towards +x removes the right side and keeps the left.
    const half = region(0.5, 0.5)
    expect(contactFirmness(half.margin(60, 0))).toBe(0)
    expect(contactFirmness(half.margin(-60, 0))).toBe(1)
  })
})
