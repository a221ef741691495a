// The ridge orientation field. Classes with singular points use the
// Sherlock–Monro zero-pole model, θ(z) = θ∞ + ½[Σ arg(z − core) − Σ arg(z − delta)];
// a plain arch has none, so its ridges follow the level curves of a smooth hump.
// Angles are ridge directions in radians, image coordinates (y down), modulo π.

import type { SingularPoints } from './singular-points'

export interface ArchShape {
  /** Hump height in pixels at the centre of the finger. */
  height: number
  /** Hump half-width (Gaussian σ) in pixels. */
  width: number
}

export type OrientationField = (x: number, y: number) => number

export function orientationField(points: SingularPoints, arch: ArchShape): OrientationField {
  if (points.cores.length === 0 && points.deltas.length === 0) {
    return (x, y) => Math.atan(archSlope(arch, x, y))
  }
  const { cores, deltas } = points
  // The zero-pole field is flat far above the cores, but real ridges there
  // follow the rounded fingertip: bend them like an arch above the top core.
  const top = Math.min(...cores.map((c) => c.y)) - 45
  return (x, y) => {
    let angle = 0
    for (const c of cores) angle += Math.atan2(y - c.y, x - c.x)
    for (const d of deltas) angle -= Math.atan2(y - d.y, x - d.x)
    const tip = 1 / (1 + Math.exp((y - top) / 20))
    return angle / 2 + tip * Math.atan(archSlope(arch, x, y))
  }
}

/** Slope of the ridge y = c − h(y)·exp(−x²/2w²): humped in the middle, flatter towards the crease. */
function archSlope(arch: ArchShape, x: number, y: number): number {
  const flatten = 1 / (1 + Math.exp((y - 70) / 50))
  return ((arch.height * flatten * x) / (arch.width * arch.width)) * Math.exp((-x * x) / (2 * arch.width * arch.width))
}
