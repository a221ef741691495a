// Everything random about one impression, drawn from the seeds in a fixed
// order. Rendering and the ground-truth geometry both start here, so the
// geometry a test asks for is exactly the one the image was rendered with.

import { contactRegion, type ContactRegion } from './contact-region'
import { elasticDistortion, type ElasticDistortion } from './elastic-distortion'
import type { FingerIdentity } from './finger-identity'
import { resolveImpressionOptions, type ImpressionOptions, type ResolvedImpressionOptions } from './impression-options'
import { impressionPlacement, type ImpressionPlacement } from './impression-placement'
import { seededRandom, type SeededRandom } from './seeded-random'
import { smoothNoise, type SmoothNoise } from './smooth-noise'

export interface ImpressionSetup {
  options: ResolvedImpressionOptions
  placement: ImpressionPlacement
  contact: ContactRegion
  distortion: ElasticDistortion
  /** Uneven pressure across the pad: some patches print darker than others. */
  pressurePatches: SmoothNoise
  drySpots: SmoothNoise
  sensorMottle: SmoothNoise
  sensorNoise: SeededRandom
}

export function impressionSetup(
  finger: FingerIdentity,
  impressionSeed: number,
  options: ImpressionOptions,
  size: { width: number; height: number },
): ImpressionSetup {
  const o = resolveImpressionOptions(options)
  const random = seededRandom(finger.seed, impressionSeed, 0x1397)
  const contact = contactRegion({
    halfWidth: finger.contact.halfWidth,
    halfHeight: finger.contact.halfHeight,
    pressure: o.pressure,
    partial: o.partial,
    partialAngle: random.between(0, 2 * Math.PI),
    seed: random.seed(),
  })
  return {
    options: o,
    placement: impressionPlacement(size, o),
    contact,
    distortion: elasticDistortion(random.seed(), o.distortion, finger.contact.halfHeight),
    pressurePatches: smoothNoise(random.seed(), 70, 320),
    drySpots: smoothNoise(random.seed(), 3.5, 320),
    sensorMottle: smoothNoise(random.seed(), 4, 320),
    sensorNoise: seededRandom(random.seed()),
  }
}
