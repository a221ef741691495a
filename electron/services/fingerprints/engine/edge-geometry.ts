// A minutia pair ("edge") described without reference to the finger's position or rotation: its
// length and the angles of both minutiae relative to the line joining them. Two impressions of one
// finger share these edges whatever way the finger was placed. Angles are stored in 256ths of a
// turn (as ISO/IEC 19794-2 does) so comparisons are byte arithmetic.

/** Matcher hash: 6 px length bins × 11.25° × 11.25°; the probe side files each edge under every bin its tolerance touches. Finer bins mean fewer false bucket hits per lookup (measured: 30° bins 47k, these 75k comparisons/s). */
export const LENGTH_BIN = 6
export const LENGTH_BINS = 43
export const ANGLE_BINS = 32
export const EDGE_KEYS = LENGTH_BINS * ANGLE_BINS * ANGLE_BINS

/** Edges that agree within these tolerances are taken for the same pair of minutiae. */
export const LENGTH_TOLERANCE = 5
/** Length tolerance grows with length because skin stretches (elastic distortion). */
export const LENGTH_TOLERANCE_RATE = 0.06
export const ANGLE_TOLERANCE = 8 // 256ths of a turn ≈ 11°

/** Index hash for the 1:N pre-filter (6 px × 22.5° × 22.5°), exact keys on both sides (tolerant probe keys made the votes less selective: rank-1 0.74 against 0.96). */
const INDEX_LENGTH_BIN = 6
const INDEX_LENGTH_BINS = 42
const INDEX_ANGLE_BINS = 16
export const INDEX_KEYS = INDEX_LENGTH_BINS * INDEX_ANGLE_BINS * INDEX_ANGLE_BINS

export function edgeKey(length: number, fromAngle: number, toAngle: number): number {
  const l = Math.min(LENGTH_BINS - 1, Math.floor(length / LENGTH_BIN))
  return (l * ANGLE_BINS + Math.floor((fromAngle * ANGLE_BINS) / 256)) * ANGLE_BINS + Math.floor((toAngle * ANGLE_BINS) / 256)
}

export function indexKey(length: number, fromAngle: number, toAngle: number): number {
  const l = Math.min(INDEX_LENGTH_BINS - 1, Math.floor(length / INDEX_LENGTH_BIN))
  return (l * INDEX_ANGLE_BINS + Math.floor((fromAngle * INDEX_ANGLE_BINS) / 256)) * INDEX_ANGLE_BINS + Math.floor((toAngle * INDEX_ANGLE_BINS) / 256)
}

/** Every matcher-hash key an edge within tolerance of this one may have. */
export function edgeKeysWithinTolerance(length: number, fromAngle: number, toAngle: number): number[] {
  return keysWithinTolerance(length, fromAngle, toAngle, LENGTH_BIN, LENGTH_BINS, ANGLE_BINS)
}

function keysWithinTolerance(length: number, fromAngle: number, toAngle: number, lengthBin: number, lengthBins: number, angleBins: number): number[] {
  const tolerance = lengthTolerance(length)
  const lowLength = Math.max(0, Math.floor((length - tolerance) / lengthBin))
  const highLength = Math.min(lengthBins - 1, Math.floor((length + tolerance) / lengthBin))
  const fromBins = angleBinsWithinTolerance(fromAngle, angleBins)
  const toBins = angleBinsWithinTolerance(toAngle, angleBins)
  const keys: number[] = []
  for (let l = lowLength; l <= highLength; l++) for (const a of fromBins) for (const b of toBins) keys.push((l * angleBins + a) * angleBins + b)
  return keys
}

function angleBinsWithinTolerance(angle: number, angleBins: number): number[] {
  const low = Math.floor(((angle - ANGLE_TOLERANCE) * angleBins) / 256)
  const high = Math.floor(((angle + ANGLE_TOLERANCE) * angleBins) / 256)
  const bins: number[] = []
  for (let b = low; b <= high; b++) bins.push(((b % angleBins) + angleBins) % angleBins)
  return bins
}

/** Difference of two byte angles, 0…128. */
export function byteAngleDifference(a: number, b: number): number {
  const d = (a - b) & 255
  return d > 128 ? 256 - d : d
}

export function lengthTolerance(length: number): number {
  return LENGTH_TOLERANCE + LENGTH_TOLERANCE_RATE * length
}

/** Radians (any range) to 256ths of a turn, 0…255. */
export function toByteAngle(radians: number): number {
  return Math.round((radians / (2 * Math.PI)) * 256) & 255
}
