// Where the finger lands in the image: a rigid rotation about the finger
// centre plus a translation. Exposed so accuracy tests and matchers can align
// two impressions with the known transform (elastic distortion excluded).

import type { Point } from './singular-points'

export interface ImpressionPlacement {
  /** Image point where the finger centre lands. */
  centreX: number
  centreY: number
  cos: number
  sin: number
}

export function impressionPlacement(
  size: { width: number; height: number },
  options: { rotationDeg?: number; dx?: number; dy?: number },
): ImpressionPlacement {
  const angle = ((options.rotationDeg ?? 0) * Math.PI) / 180
  return {
    centreX: size.width / 2 + (options.dx ?? 0),
    centreY: size.height / 2 + (options.dy ?? 0),
    cos: Math.cos(angle),
    sin: Math.sin(angle),
  }
}

/** Finger coordinates (pixels from the finger centre, y down) → image pixel. */
export function fingerToImage(placement: ImpressionPlacement, p: Point): Point {
  return {
    x: placement.centreX + placement.cos * p.x - placement.sin * p.y,
    y: placement.centreY + placement.sin * p.x + placement.cos * p.y,
  }
}

/** Image pixel → finger coordinates. */
export function imageToFinger(placement: ImpressionPlacement, p: Point): Point {
  const x = p.x - placement.centreX
  const y = p.y - placement.centreY
  return { x: placement.cos * x + placement.sin * y, y: -placement.sin * x + placement.cos * y }
}
