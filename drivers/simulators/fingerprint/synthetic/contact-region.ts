// The part of the finger touching the platen: an ellipse (rounded at the tip,
// squarer towards the first joint) with a slightly irregular rim that grows
// with pressure, optionally cut by a straight edge (finger partly off the
// platen). Ridges fade out over the rim as on a real pad.

import { smoothNoise } from './smooth-noise'

export interface ContactRegion {
  /** Signed distance-like margin at finger point (x, y): > 0 inside, in fractions of the ellipse radius. */
  margin(x: number, y: number): number
  halfWidth: number
  halfHeight: number
}

export interface ContactInput {
  halfWidth: number
  halfHeight: number
  pressure: number
  /** Fraction of the ellipse area cut away. */
  partial: number
  /** Direction (radians) of the cut-away side. */
  partialAngle: number
  seed: number
}

/** Width of the fading rim, as a fraction of the ellipse radius. */
const rimFade = 0.1
const bottomExponent = 2.8

/** How firmly the skin touches, 0 outside … 1 well inside, from the margin. */
export function contactFirmness(margin: number): number {
  const f = margin / rimFade
  return f <= 0 ? 0 : f >= 1 ? 1 : f
}

export function contactRegion(input: ContactInput): ContactRegion {
  const grow = 0.82 + 0.36 * input.pressure
  const halfWidth = input.halfWidth * grow
  const halfHeight = input.halfHeight * grow
  const rim = smoothNoise(input.seed ^ 0xc0a7, 45, 320)
  const nx = Math.cos(input.partialAngle)
  const ny = Math.sin(input.partialAngle)
  const cut = input.partial > 0 ? cutDistance(input.partial) : Infinity
  return {
    halfWidth,
    halfHeight,
    margin(x, y) {
      const u = x / halfWidth
      const v = y / halfHeight
      const radius = v <= 0 ? Math.sqrt(u * u + v * v) : Math.pow(Math.pow(Math.abs(u), bottomExponent) + Math.pow(v, bottomExponent), 1 / bottomExponent)
      const inside = 1 - radius - 0.035 * rim.at(x, y)
      return cut === Infinity ? inside : Math.min(inside, cut - (u * nx + v * ny))
    },
  }
}

/**
 * Distance d from the centre of a unit disc at which a straight cut removes
 * the given area fraction: (acos d − d√(1−d²)) / π = fraction. Area ratios
 * survive the affine map from disc to ellipse, so this holds (about, given the
 * squarer lower half) for the contact region.
 */
export function cutDistance(fraction: number): number {
  let lo = -1
  let hi = 1
  for (let i = 0; i < 40; i++) {
    const d = (lo + hi) / 2
    const removed = (Math.acos(d) - d * Math.sqrt(1 - d * d)) / Math.PI
    if (removed > fraction) lo = d
    else hi = d
  }
  return (lo + hi) / 2
}
