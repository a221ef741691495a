// The minutiae template every part of the engine passes around: what the extractor produces, what
// the matcher prepares, what ISO/IEC 19794-2 records carry.

export type MinutiaType = 'ending' | 'bifurcation'

export interface Minutia {
  /** Pixels from the left edge of the image. */
  x: number
  /** Pixels from the top edge of the image (y grows downwards). */
  y: number
  /**
   * Direction in radians, [0, 2π), counter-clockwise from the positive x axis as the image is seen
   * (as ISO/IEC 19794-2 measures it). It points away from the body of the line that ends there: out
   * of the ridge for an ending, along the ridge stem (out of the valley between the forks) for a
   * bifurcation, so an ending and its dual bifurcation point the same way.
   */
  angle: number
  type: MinutiaType
  /** 0 (unknown/worst) … 100 (best), as ISO/IEC 19794-2 stores it. */
  quality: number
}

export interface Template {
  width: number
  height: number
  ppi: number
  minutiae: Minutia[]
}

export const TWO_PI = Math.PI * 2

/** An angle brought into [0, 2π). */
export function normaliseAngle(angle: number): number {
  const a = angle % TWO_PI
  return a < 0 ? a + TWO_PI : a
}
