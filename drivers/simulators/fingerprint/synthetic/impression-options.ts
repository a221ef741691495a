// How one touch of the finger on the platen differs from the next, and a
// seeded draw of realistic values for accuracy benches.

import { seededRandom } from './seeded-random'

export interface ImpressionOptions {
  /** Rotation of the finger, degrees; positive turns it clockwise on screen. */
  rotationDeg?: number
  /** Translation of the finger centre from the image centre, pixels. */
  dx?: number
  dy?: number
  /** 0..1 elastic (smooth, non-linear) skin distortion strength. */
  distortion?: number
  /** 0..1, 0.5 = normal; low = faint thin ridges, high = thick merged ridges. */
  pressure?: number
  /** 0..1 broken ridges of dry skin. */
  dryness?: number
  /** 0..1 fraction of the contact area missing (finger partly off the platen). */
  partial?: number
  /** 0..1 sensor noise. */
  noise?: number
}

export type ResolvedImpressionOptions = Required<ImpressionOptions>

export const neutralImpression: ResolvedImpressionOptions = {
  rotationDeg: 0,
  dx: 0,
  dy: 0,
  distortion: 0,
  pressure: 0.5,
  dryness: 0,
  partial: 0,
  noise: 0,
}

const unit = (value: number): number => (value < 0 ? 0 : value > 1 ? 1 : value)

export function resolveImpressionOptions(options: ImpressionOptions = {}): ResolvedImpressionOptions {
  const merged = { ...neutralImpression, ...options }
  for (const [name, value] of Object.entries(merged)) {
    if (!Number.isFinite(value)) throw new RangeError(`impression option ${name} must be a finite number, got ${value}`)
  }
  return {
    ...merged,
    distortion: unit(merged.distortion),
    pressure: unit(merged.pressure),
    dryness: unit(merged.dryness),
    partial: unit(merged.partial),
    noise: unit(merged.noise),
  }
}

/**
 * What a cooperative traveller's repeated touches look like: rotation ±20°,
 * translation ±25 px, moderate distortion, pressure 0.3–0.7 and a little
 * dryness, missing area and noise.
 */
export function randomImpressionOptions(seed: number): ImpressionOptions {
  const random = seededRandom(seed, 0x1a9e55)
  return {
    rotationDeg: random.between(-20, 20),
    dx: random.between(-25, 25),
    dy: random.between(-25, 25),
    distortion: random.between(0.2, 0.6),
    pressure: random.between(0.3, 0.7),
    dryness: random.between(0, 0.25),
    partial: random.next() < 0.7 ? 0 : random.between(0, 0.2),
    noise: random.between(0.02, 0.2),
  }
}
