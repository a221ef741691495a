// The computable quality proxies of research notes §2.3, measured in one
// sweep over 16×16 blocks: presence, contrast, foreground area and centring,
// ridge clarity (coherence), ridge period, and ink coverage / dark blotches
// as dryness and smudge indicators.

import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { blockMeasures } from './block-measures'
import type { QualityThresholds } from './quality-thresholds'
import { ridgePeriodAt } from './ridge-period'

export interface QualityMeasures {
  imageMean: number
  imageStd: number
  /** Foreground area in pixels, normalised to 500 ppi. */
  foregroundPixels: number
  foregroundFraction: number
  /** Foreground area (500 ppi) of blocks with a clear ridge direction. */
  clearRidgePixels: number
  /** Median grey-level σ of foreground blocks. */
  contrast: number
  foregroundMean: number
  /** 5th and 95th grey-level percentiles of the foreground: the darkest ridges and the lightest valleys. */
  ridgeGrey: number
  valleyGrey: number
  /** Fraction of foreground pixels darker than the print's mid-grey. */
  inkCoverage: number
  /** Fraction of foreground blocks that are dark and flat. */
  darkBlotchFraction: number
  /** Mean coherence of textured foreground blocks. */
  coherence: number
  /** Fraction of textured foreground blocks below the clarity limit. */
  unclearFraction: number
  /** Median ridge period, pixels at 500 ppi (NaN if none measurable). */
  ridgePeriod: number
  /** Fraction of textured foreground blocks with a ridge period in the valid range. */
  validPeriodFraction: number
  /** Foreground centroid offset from the image centre, fraction of the half-size (0 centred … 1 at the edge). */
  centreOffset: number
}

/** A block darker than this mean and flatter than this σ is merged ridges or a smudge, not ridge texture. */
const blotchMaxMean = 110
const blotchMaxStd = 12
/** A block darker than this is in contact with something even without texture. */
const contactMaxMean = 160

export function measureQuality(image: GreyImage, t: QualityThresholds): QualityMeasures {
  const { width, height, pixels } = image
  const toStandard = (500 / image.ppi) ** 2
  // Blocks cover the same skin area at any resolution.
  const blockSize = Math.max(4, Math.round((t.blockSize * image.ppi) / 500))
  const blocks = blockMeasures(image, blockSize)

  let sum = 0
  let sumSquares = 0
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i]!
    sum += v
    sumSquares += v * v
  }
  const imageMean = sum / pixels.length
  const imageStd = Math.sqrt(Math.max(0, sumSquares / pixels.length - imageMean * imageMean))

  const histogram = new Uint32Array(256)
  const foregroundStds: number[] = []
  let foregroundBlocks = 0
  let foregroundPixelCount = 0
  let blotches = 0
  let textured = 0
  let coherenceSum = 0
  let unclear = 0
  let clearPixels = 0
  let meanSum = 0
  let centroidX = 0
  let centroidY = 0
  const periods: number[] = []
  let validPeriods = 0
  const blockCount = blocks.columns * blocks.rows
  for (let i = 0; i < blockCount; i++) {
    const std = blocks.std[i]!
    const mean = blocks.mean[i]!
    const isTextured = std >= t.foregroundBlockStd && mean < t.emptyMean
    const isContact = mean < contactMaxMean
    if (!isTextured && !isContact) continue
    foregroundBlocks++
    foregroundPixelCount += blocks.area[i]!
    foregroundStds.push(std)
    meanSum += mean
    const bx = i % blocks.columns
    const by = Math.floor(i / blocks.columns)
    const x0 = bx * blockSize
    const y0 = by * blockSize
    const x1 = Math.min(x0 + blockSize, width)
    const y1 = Math.min(y0 + blockSize, height)
    const cx = (x0 + x1) / 2
    const cy = (y0 + y1) / 2
    centroidX += cx * blocks.area[i]!
    centroidY += cy * blocks.area[i]!
    if (mean < blotchMaxMean && std < blotchMaxStd) blotches++
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) histogram[pixels[y * width + x]!]!++
    }
    if (!isTextured) continue
    textured++
    const coherence = blocks.coherence[i]!
    coherenceSum += coherence
    if (coherence < t.unclearBlockCoherence) unclear++
    else clearPixels += blocks.area[i]!
    const period = ridgePeriodAt(image, cx, cy, blocks.normal[i]!) * (500 / image.ppi)
    if (Number.isFinite(period)) {
      periods.push(period)
      if (period >= t.minRidgePeriod && period <= t.maxRidgePeriod) validPeriods++
    }
  }

  const ridgeGrey = percentile(histogram, foregroundPixelCount, 0.05)
  const valleyGrey = percentile(histogram, foregroundPixelCount, 0.95)
  centroidX = foregroundPixelCount ? centroidX / foregroundPixelCount : width / 2
  centroidY = foregroundPixelCount ? centroidY / foregroundPixelCount : height / 2
  return {
    imageMean,
    imageStd,
    foregroundPixels: foregroundPixelCount * toStandard,
    foregroundFraction: foregroundPixelCount / (width * height),
    clearRidgePixels: clearPixels * toStandard,
    contrast: median(foregroundStds),
    foregroundMean: foregroundBlocks ? meanSum / foregroundBlocks : 255,
    ridgeGrey,
    valleyGrey,
    inkCoverage: darkerThan(histogram, foregroundPixelCount, (ridgeGrey + valleyGrey) / 2),
    darkBlotchFraction: foregroundBlocks ? blotches / foregroundBlocks : 0,
    coherence: textured ? coherenceSum / textured : 0,
    unclearFraction: textured ? unclear / textured : 1,
    ridgePeriod: median(periods),
    validPeriodFraction: textured ? validPeriods / textured : 0,
    centreOffset: Math.max(Math.abs(centroidX - width / 2) / (width / 2), Math.abs(centroidY - height / 2) / (height / 2)),
  }
}

function darkerThan(histogram: Uint32Array, total: number, mid: number): number {
  if (total === 0) return 0
  let dark = 0
  for (let v = 0; v < mid; v++) dark += histogram[v]!
  return dark / total
}

function percentile(histogram: Uint32Array, total: number, fraction: number): number {
  if (total === 0) return NaN
  const target = total * fraction
  let seen = 0
  for (let v = 0; v < 256; v++) {
    seen += histogram[v]!
    if (seen >= target) return v
  }
  return 255
}

function median(values: number[]): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
