// One finger: everything that stays the same between impressions of it. Plain
// data, so an identity can be logged or sent to a simulator as JSON; the
// expensive master ridge pattern is derived from it and cached separately.

import type { ArchShape } from './orientation-field'
import { patternClasses, patternFrequencies, type PatternClass } from './pattern-class'
import { seededRandom } from './seeded-random'
import { placeSingularPoints, type SingularPoints } from './singular-points'

export interface FingerIdentity {
  seed: number
  pattern: PatternClass
  /** Cores and deltas in pixels (500 ppi) from the finger centre, y down. */
  singularPoints: SingularPoints
  /** Shape of the ridges of a plain arch (unused by the other classes). */
  arch: ArchShape
  /** Orientation of the ridges far from the singular points (θ∞), radians. */
  baseAngle: number
  /** Mean ridge period in pixels at 500 ppi (real fingers: about 8–11). */
  ridgePeriod: number
  /** Half-axes in pixels of the elliptical contact region at normal pressure. */
  contact: { halfWidth: number; halfHeight: number }
}

export function createFinger(seed: number, options: { pattern?: PatternClass } = {}): FingerIdentity {
  const random = seededRandom(seed, 0xf1a9e7)
  const pattern = options.pattern ?? pickPattern(random.next())
  return {
    seed,
    pattern,
    singularPoints: placeSingularPoints(pattern, random),
    arch: { height: random.between(100, 150), width: random.between(75, 105) },
    baseAngle: random.between(-0.12, 0.12),
    ridgePeriod: random.between(8.3, 9.8),
    contact: { halfWidth: random.between(112, 132), halfHeight: random.between(150, 172) },
  }
}

function pickPattern(u: number): PatternClass {
  let cumulative = 0
  for (const pattern of patternClasses) {
    cumulative += patternFrequencies[pattern]
    if (u < cumulative) return pattern
  }
  return 'whorl'
}
