// Ground truth for one impression: where a point of the finger's skin (the
// master pattern's coordinates: cores, deltas, minutiae) landed in the image,
// elastic distortion included. Lets extractor and matcher tests score
// themselves against the truth instead of against each other.

import { contactFirmness } from './contact-region'
import type { FingerIdentity } from './finger-identity'
import type { ImpressionOptions } from './impression-options'
import { fingerToImage, imageToFinger } from './impression-placement'
import { impressionSetup } from './impression-setup'
import { defaultImpressionSize } from './render-impression'
import type { Point } from './singular-points'

export interface ImpressionGeometry {
  /** Image point (pixel centres at +0.5) → skin point, pixels from the finger centre at 500 ppi. */
  imageToSkin(p: Point): Point
  /** Skin point → image point; inverts the elastic distortion numerically (to well under 0.01 px). */
  skinToImage(s: Point): Point
  /** Whether the skin at this image point touched the platen (so its ridges can show). */
  inContact(p: Point): boolean
}

export function impressionGeometry(
  finger: FingerIdentity,
  impressionSeed: number,
  options: ImpressionOptions = {},
  size: { width: number; height: number } = defaultImpressionSize,
): ImpressionGeometry {
  const { placement, distortion, contact } = impressionSetup(finger, impressionSeed, options, size)
  const warped = { x: 0, y: 0 }
  return {
    imageToSkin(p) {
      const c = imageToFinger(placement, p)
      distortion.displace(c.x, c.y, warped)
      return { x: warped.x, y: warped.y }
    },
    skinToImage(s) {
      // Fixed point of c = s − displacement(c): the displacement field is smooth and small.
      let c = { x: s.x, y: s.y }
      for (let i = 0; i < 30; i++) {
        distortion.displace(c.x, c.y, warped)
        c = { x: c.x + (s.x - warped.x), y: c.y + (s.y - warped.y) }
      }
      return fingerToImage(placement, c)
    },
    inContact(p) {
      const c = imageToFinger(placement, p)
      return contactFirmness(contact.margin(c.x, c.y)) > 0
    },
  }
}
