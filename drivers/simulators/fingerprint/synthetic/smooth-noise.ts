// Smooth random fields (value noise on a coarse lattice, smoothstep-blended):
// the one source of every slowly varying quantity — ridge period, elastic
// distortion, pressure patches, dry spots — so each stays seeded and cheap.

import { seededRandom } from './seeded-random'

export interface SmoothNoise {
  /** Value in about [-1, 1] at (x, y) pixels; features are `cell` pixels across. */
  at(x: number, y: number): number
}

/**
 * A field covering [-extent, extent]² (beyond it the edge value repeats),
 * with lattice spacing `cell` pixels.
 */
export function smoothNoise(seed: number, cell: number, extent: number): SmoothNoise {
  const random = seededRandom(seed, 0x5eed)
  const n = Math.ceil((2 * extent) / cell) + 2
  const lattice = new Float64Array(n * n)
  for (let i = 0; i < lattice.length; i++) lattice[i] = random.next() * 2 - 1
  const last = n - 2
  return {
    at(x, y) {
      let gx = (x + extent) / cell
      let gy = (y + extent) / cell
      gx = gx < 0 ? 0 : gx > last ? last : gx
      gy = gy < 0 ? 0 : gy > last ? last : gy
      const ix = Math.floor(gx)
      const iy = Math.floor(gy)
      let fx = gx - ix
      let fy = gy - iy
      fx = fx * fx * (3 - 2 * fx)
      fy = fy * fy * (3 - 2 * fy)
      const i = iy * n + ix
      const top = lattice[i]! + (lattice[i + 1]! - lattice[i]!) * fx
      const bottom = lattice[i + n]! + (lattice[i + n + 1]! - lattice[i + n]!) * fx
      return top + (bottom - top) * fy
    },
  }
}
