// Skin stretches where the finger is pushed and twisted on the platen. After
// Cappelli's model, the middle of the contact barely moves and the
// displacement grows smoothly towards the rim; a smooth random field (not a
// rigid transform) makes it non-linear, so matchers must tolerate it.

import { smoothNoise } from './smooth-noise'

export interface ElasticDistortion {
  /** Adds the displacement at finger point (x, y) to `out` (reused to avoid allocation). */
  displace(x: number, y: number, out: { x: number; y: number }): void
}

/** Largest displacement at the rim for strength 1, pixels at 500 ppi. */
const maxShift = 14

export function elasticDistortion(seed: number, strength: number, rimRadius: number): ElasticDistortion {
  const fieldX = smoothNoise(seed ^ 0xd15a, 120, 300)
  const fieldY = smoothNoise(seed ^ 0xd15b, 120, 300)
  const amplitude = strength * maxShift
  return {
    displace(x, y, out) {
      if (amplitude === 0) {
        out.x = x
        out.y = y
        return
      }
      const r = Math.sqrt(x * x + y * y) / rimRadius
      const weight = amplitude * Math.min(r * r, 1.6)
      out.x = x + weight * fieldX.at(x, y)
      out.y = y + weight * fieldY.at(x, y)
    },
  }
}
