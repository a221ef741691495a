// One impression of a finger as a live-scan pad images it: the cached master
// ridge pattern, warped (rotation, translation, elastic distortion), inked
// according to pressure and dryness inside the contact region, plus sensor
// noise. Cheap per pixel, so simulators can render live.

import { greyImage, type GreyImage } from '../../../../shared/fingerprints/grey-image'
import { coarseGrid } from './coarse-grid'
import { contactFirmness } from './contact-region'
import type { FingerIdentity } from './finger-identity'
import { fingerSkin } from './finger-skin'
import type { ImpressionOptions } from './impression-options'
import { impressionSetup } from './impression-setup'
import { masterHalfHeight, masterHalfWidth, masterPrint, type MasterPrint } from './master-print'

export const defaultImpressionSize = { width: 300, height: 400 } as const

/** Grey level of a fully inked ridge and of a clean valley inside the contact. */
const ridgeGrey = 30
const valleyGrey = 244
/** Spacing in pixels of the coarse grid the smooth warp and pressure fields are evaluated on. */
const gridStep = 6

export function renderImpression(
  finger: FingerIdentity,
  impressionSeed: number,
  options: ImpressionOptions = {},
  size: { width: number; height: number } = defaultImpressionSize,
): GreyImage {
  const image = greyImage(size.width, size.height, 500)
  const master = masterPrint(finger)
  const skin = fingerSkin(finger)
  const { options: o, placement, contact, distortion, pressurePatches, drySpots, sensorMottle, sensorNoise: noise } =
    impressionSetup(finger, impressionSeed, options, size)

  // Channels: warped finger x, y; contact margin; pressure patch; second patch (wet valleys).
  const warped = { x: 0, y: 0 }
  const smooth = coarseGrid(size.width, size.height, gridStep, 5, (x, y, out) => {
    const ix = x + 0.5 - placement.centreX
    const iy = y + 0.5 - placement.centreY
    const fx = placement.cos * ix + placement.sin * iy
    const fy = -placement.sin * ix + placement.cos * iy
    distortion.displace(fx, fy, warped)
    out[0] = warped.x
    out[1] = warped.y
    out[2] = contact.margin(fx, fy)
    out[3] = pressurePatches.at(fx, fy)
    out[4] = pressurePatches.at(fy, fx)
  })

  // Thin faint ridges at low pressure, thick merged ones at high pressure.
  const inkBias = 0.1 + (o.pressure - 0.5) * 1.5 - 0.35 * o.dryness
  const contrast = Math.min(1, 0.28 + 1.45 * o.pressure) * (1 - 0.25 * o.dryness)
  const wetness = Math.max(0, o.pressure - 0.62) * 2.6
  const dryThreshold = -1 + 1.3 * o.dryness
  const noiseSigma = o.noise * 38

  const at = new Float64Array(5)
  const { pixels, width, height } = image
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      smooth.sample(col, row, at)
      const firmness = contactFirmness(at[2]!)
      let grey = 255
      if (firmness > 0) {
        const wx = at[0]!
        const wy = at[1]!
        const ridge = sampleMaster(master, wx, wy) + 0.22 * skin.ridgeEdges.at(wx, wy)
        const local = inkBias + 0.18 * at[3]! - 0.35 * (1 - firmness)
        let ink = 0.5 + (ridge + local) * 1.1
        ink = ink < 0 ? 0 : ink > 1 ? 1 : ink
        ink *= (1 - 0.3 * Math.max(0, skin.texture.at(wx, wy))) * (1 - skin.marks.at(wx, wy))
        if (o.dryness > 0) {
          const gap = (drySpots.at(wx, wy) - dryThreshold) / 0.18
          ink *= gap <= 0 ? 0.08 : gap >= 1 ? 1 : 0.08 + 0.92 * gap
        }
        const valley = valleyGrey - 9 * sensorMottle.at(col - width / 2, row - height / 2) - wetness * 90 * (0.6 + 0.4 * at[4]!)
        grey = 255 - firmness * (255 - valley + (valley - ridgeGrey) * contrast * ink)
      }
      if (noiseSigma > 0) grey += noiseSigma * (noise.next() + noise.next() + noise.next() - 1.5) * 2
      pixels[row * width + col] = grey <= 0 ? 0 : grey >= 255 ? 255 : Math.round(grey)
    }
  }
  return image
}

/** Bilinear sample of the master ridge field at finger point (x, y); −1 (valley) outside it. */
function sampleMaster(master: MasterPrint, x: number, y: number): number {
  const gx = (x + masterHalfWidth) / master.scale - 0.5
  const gy = (y + masterHalfHeight) / master.scale - 0.5
  if (gx < 0 || gy < 0 || gx >= master.width - 1 || gy >= master.height - 1) return -1
  const ix = Math.floor(gx)
  const iy = Math.floor(gy)
  const fx = gx - ix
  const fy = gy - iy
  const i = iy * master.width + ix
  const r = master.ridges
  const top = r[i]! + (r[i + 1]! - r[i]!) * fx
  const bottom = r[i + master.width]! + (r[i + master.width + 1]! - r[i + master.width]!) * fx
  return top + (bottom - top) * fy
}
