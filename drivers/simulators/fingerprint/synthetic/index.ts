// Seeded, deterministic synthetic fingerprints (SFinGe-style): a finger
// identity grows one master ridge pattern (cached per identity object);
// impressions warp and ink it the way repeated touches on a live-scan pad
// differ. Images are GreyImage, 500 ppi, 0 = ridge, 255 = background.
// Coordinates: "skin" points are pixels at 500 ppi from the finger centre,
// y down (singular points use them); impressionGeometry maps them to image
// pixels for ground truth.

export type { PatternClass } from './pattern-class'
export { patternClasses } from './pattern-class'
export type { FingerIdentity } from './finger-identity'
export { createFinger } from './finger-identity'
export type { ImpressionOptions } from './impression-options'
export { randomImpressionOptions } from './impression-options'
export { renderImpression, defaultImpressionSize } from './render-impression'
export type { ImpressionPlacement } from './impression-placement'
export { impressionPlacement, fingerToImage, imageToFinger } from './impression-placement'
export type { ImpressionGeometry } from './impression-geometry'
export { impressionGeometry } from './impression-geometry'
export type { Point, SingularPoints } from './singular-points'
