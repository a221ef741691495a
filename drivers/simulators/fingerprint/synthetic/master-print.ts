// The master ridge pattern of a finger: grown once, then warped by every
// impression. It is grown at half resolution (ridge period ≈ 4.5 px there),
// which makes growth about 16× cheaper; bilinear sampling of the smooth
// field restores clean ridge edges at full resolution.

import type { FingerIdentity } from './finger-identity'
import { gaborBank, type GaborBank } from './gabor-bank'
import { growRidges } from './grow-ridges'
import { orientationField } from './orientation-field'
import { seededRandom } from './seeded-random'
import { smoothNoise } from './smooth-noise'

export interface MasterPrint {
  /** Grid size in master cells. */
  width: number
  height: number
  /** Full-resolution (500 ppi) pixels per master cell. */
  scale: number
  /** Ridge field in [-1, 1], +1 at a ridge centre, row-major. */
  ridges: Float32Array
}

/** Half-extent of the master in full-resolution pixels: covers the largest contact region plus distortion. */
export const masterHalfWidth = 192
export const masterHalfHeight = 240
const scale = 2
const growthIterations = 9

let sharedBank: GaborBank | undefined
function bank(): GaborBank {
  // Periods in master cells: 3.2 … 6.2 (6.4 … 12.4 px at 500 ppi).
  const periods = Array.from({ length: 13 }, (_, i) => 3.2 + i * 0.25)
  sharedBank ??= gaborBank(4, 32, periods)
  return sharedBank
}

const cache = new WeakMap<FingerIdentity, MasterPrint>()

/** The finger's master pattern, grown on first use and cached per identity object. */
export function masterPrint(finger: FingerIdentity): MasterPrint {
  let master = cache.get(finger)
  if (!master) {
    master = growMasterPrint(finger)
    cache.set(finger, master)
  }
  return master
}

export function growMasterPrint(finger: FingerIdentity): MasterPrint {
  const width = (2 * masterHalfWidth) / scale
  const height = (2 * masterHalfHeight) / scale
  const kernels = bank()
  const orientation = orientationField(finger.singularPoints, finger.arch)
  // Real orientation and spacing wander a little; smooth noise keeps that seeded.
  const wobble = smoothNoise(finger.seed ^ 0x0a11, 90, masterHalfHeight)
  const spacing = smoothNoise(finger.seed ^ 0x9e71, 110, masterHalfHeight)
  const kernelIndex = new Uint16Array(width * height)
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      const x = (col + 0.5) * scale - masterHalfWidth
      const y = (row + 0.5) * scale - masterHalfHeight
      const angle = finger.baseAngle + orientation(x, y) + 0.06 * wobble.at(x, y)
      // Ridges sit slightly further apart towards the crease than at the tip.
      const period = finger.ridgePeriod * (1 + 0.07 * spacing.at(x, y) + 0.0004 * y)
      kernelIndex[row * width + col] = kernels.orientationIndex(angle) * kernels.periods.length + kernels.periodIndex(period / scale)
    }
  }
  const ridges = growRidges({
    width,
    height,
    kernelIndex,
    bank: kernels,
    iterations: growthIterations,
    random: seededRandom(finger.seed, 0x6e0e),
  })
  return { width, height, scale, ridges }
}
