// What the officer has chosen to see; both renderers draw from this.
import type { WindowLevel } from './scan'

export interface DisplaySettings {
  window: WindowLevel
  invert: boolean
  /** Material colour from the two energies (ignored without a low plane). */
  material: boolean
  /** Edge enhancement (Laplacian sharpening). */
  edges: boolean
  /** Strength of edge enhancement, 0.5–2 is useful. */
  edgeAmount: number
}

/** Canvas outside the image: dark slate, so the scan's own black stays distinguishable from "no image". */
export const BACKGROUND_RGB = [24, 32, 44] as const
