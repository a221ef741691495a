// Fine skin detail that belongs to the finger and so repeats in every
// impression: ridge-edge roughness, mottled ink take-up, pores and creases.
// Built once per identity object and cached, like the master pattern.

import type { FingerIdentity } from './finger-identity'
import { skinMarks, type SkinMarks } from './skin-marks'
import { smoothNoise, type SmoothNoise } from './smooth-noise'

export interface FingerSkin {
  /** Roughens ridge edges (added to the ridge field before inking). */
  ridgeEdges: SmoothNoise
  /** Uneven ink take-up along the ridges. */
  texture: SmoothNoise
  marks: SkinMarks
}

const cache = new WeakMap<FingerIdentity, FingerSkin>()

export function fingerSkin(finger: FingerIdentity): FingerSkin {
  let skin = cache.get(finger)
  if (!skin) {
    skin = {
      ridgeEdges: smoothNoise(finger.seed ^ 0xed9e, 1.6, 300),
      texture: smoothNoise(finger.seed ^ 0x5c17, 2.5, 300),
      marks: skinMarks(finger.seed),
    }
    cache.set(finger, skin)
  }
  return skin
}
