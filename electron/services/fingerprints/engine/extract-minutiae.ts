// The extractor: grey image in, minutiae template out. Pure (no I/O), single pass, typed arrays;
// each stage is its own module so it can be tested and replaced on its own.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { blockFlagAt, blockGrid } from './block-grid'
import { removeFalseMinutiae } from './false-minutiae-filter'
import { detectMinutiae, DIRECTION_TRACE_LENGTH } from './minutiae-detection'
import { enhanceAndBinarise } from './oriented-enhancement'
import { estimateOrientationField } from './orientation-field'
import { estimateRidgePeriod } from './ridge-frequency'
import { measureBlockContrast, segmentForeground } from './segmentation'
import type { Minutia, Template } from './template'
import { thinRidges } from './thinning'

const BLOCK_SIZE = 16
/** Blocks whose gradients agree less than this are noise or smudge, not ridges. */
const MIN_COHERENCE = 0.2
/** ISO/IEC 19794-2 allows 255; the best 100 carry nearly all the matching information (SourceAFIS keeps 100). */
export const MAX_MINUTIAE = 100

export function extractMinutiae(image: GreyImage): Template {
  const { width, height } = image
  if (image.pixels.length !== width * height) throw new RangeError(`image has ${image.pixels.length} pixels, expected ${width}×${height}`)
  const grid = blockGrid(width, height, BLOCK_SIZE)
  const contrast = measureBlockContrast(image, grid)
  const field = estimateOrientationField(image, grid)
  const foreground = segmentForeground(grid, contrast)
  for (let b = 0; b < foreground.length; b++) if (field.coherence[b]! < MIN_COHERENCE) foreground[b] = 0
  const period = estimateRidgePeriod(image, grid, field, foreground)
  const skeleton = enhanceAndBinarise(image, grid, field, period, foreground)
  thinRidges(skeleton, width, height)

  let periodSum = 0
  let periodCount = 0
  for (let b = 0; b < foreground.length; b++) {
    if (foreground[b] === 1) {
      periodSum += period[b]!
      periodCount++
    }
  }
  const ridgePeriod = periodCount > 0 ? periodSum / periodCount : 9
  const candidates = detectMinutiae(skeleton, width, height, Math.max(DIRECTION_TRACE_LENGTH, Math.round(ridgePeriod * 2.2)))
  const kept = removeFalseMinutiae(candidates, {
    width,
    height,
    ridgePeriod,
    isForeground: (x, y) => blockFlagAt(grid, foreground, x, y),
  })

  const minutiae: Minutia[] = kept.map((m) => {
    const b = Math.floor(m.y / BLOCK_SIZE) * grid.cols + Math.floor(m.x / BLOCK_SIZE)
    // Quality: how clearly the ridges around it flow one way, times how well they stand out.
    const clarity = Math.min(1, field.coherence[b]! / 0.8) * Math.min(1, contrast.std[b]! / 40)
    return { x: m.x, y: m.y, angle: m.angle, type: m.type, quality: Math.max(1, Math.min(100, Math.round(clarity * 100))) }
  })
  minutiae.sort((a, b) => b.quality - a.quality || a.y - b.y || a.x - b.x)
  return { width, height, ppi: image.ppi, minutiae: minutiae.slice(0, MAX_MINUTIAE) }
}
