// Splits a slap image (four fingers of one hand, or both thumbs) into one
// image per finger: a block foreground mask, its column projection, and the
// runs of foreground columns between the gaps. When the runs are not exactly
// the fingers expected, there is no guessing: the caller prompts for the slap
// again rather than store half a capture. Pure.
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'
import { fingerPositions } from '../../../../shared/fingerprints/finger-positions'

export interface SegmentedFinger {
  position: number
  image: GreyImage
  /** Where the finger was in the slap (pixels). */
  box: { x: number; y: number; width: number; height: number }
}

export type SlapSegmentation = { ok: true; fingers: SegmentedFinger[] } | { ok: false; found: number; expected: number }

const BLOCK = 16
/** A block is ridge texture when its grey levels spread this much (fingerprint.md §2.3). */
const FOREGROUND_SIGMA = 20
/** A run narrower than this many blocks (≈5 mm at 500 ppi) is a smear, not a finger. */
const MIN_FINGER_BLOCKS = 4
/** Margin (pixels) kept around each finger. */
const MARGIN = 8

/** The fingers of a slap from the image's left to its right, as a live-scan pad images a palm-down hand. */
export function fingersLeftToRight(slap: number): number[] {
  if (slap === fingerPositions.rightFourFingers) return [2, 3, 4, 5]
  if (slap === fingerPositions.leftFourFingers) return [10, 9, 8, 7]
  if (slap === fingerPositions.bothThumbs) return [6, 1]
  throw new RangeError(`${slap} is not a slap position (13, 14, 15)`)
}

export function foregroundBlocks(image: GreyImage): { cols: number; rows: number; mask: Uint8Array } {
  const cols = Math.floor(image.width / BLOCK)
  const rows = Math.floor(image.height / BLOCK)
  const mask = new Uint8Array(cols * rows)
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < cols; bx++) {
      let sum = 0
      let sumSq = 0
      for (let y = by * BLOCK; y < (by + 1) * BLOCK; y++) {
        const row = y * image.width
        for (let x = bx * BLOCK; x < (bx + 1) * BLOCK; x++) {
          const v = image.pixels[row + x]!
          sum += v
          sumSq += v * v
        }
      }
      const n = BLOCK * BLOCK
      const mean = sum / n
      mask[by * cols + bx] = Math.sqrt(Math.max(0, sumSq / n - mean * mean)) > FOREGROUND_SIGMA ? 1 : 0
    }
  }
  return { cols, rows, mask }
}

export function segmentSlap(image: GreyImage, slap: number): SlapSegmentation {
  const order = fingersLeftToRight(slap)
  const { cols, rows, mask } = foregroundBlocks(image)
  const projection = Array.from({ length: cols }, (_, bx) => {
    let n = 0
    for (let by = 0; by < rows; by++) n += mask[by * cols + bx]!
    return n
  })
  const peak = Math.max(0, ...projection)
  // A column belongs to a finger when it holds a fair share of the tallest column's foreground.
  const cut = Math.max(1, Math.round(peak * 0.2))
  const runs: Array<[number, number]> = []
  let start = -1
  for (let bx = 0; bx <= cols; bx++) {
    const on = bx < cols && projection[bx]! >= cut
    if (on && start < 0) start = bx
    if (!on && start >= 0) {
      if (bx - start >= MIN_FINGER_BLOCKS) runs.push([start, bx])
      start = -1
    }
  }
  if (runs.length !== order.length) return { ok: false, found: runs.length, expected: order.length }
  const fingers = runs.map(([c0, c1], k): SegmentedFinger => {
    let r0 = rows
    let r1 = -1
    for (let by = 0; by < rows; by++) {
      for (let bx = c0; bx < c1; bx++) {
        if (mask[by * cols + bx]) {
          r0 = Math.min(r0, by)
          r1 = Math.max(r1, by)
        }
      }
    }
    const x = Math.max(0, c0 * BLOCK - MARGIN)
    const y = Math.max(0, r0 * BLOCK - MARGIN)
    const width = Math.min(image.width, c1 * BLOCK + MARGIN) - x
    const height = Math.min(image.height, (r1 + 1) * BLOCK + MARGIN) - y
    return { position: order[k]!, image: crop(image, x, y, width, height), box: { x, y, width, height } }
  })
  return { ok: true, fingers }
}

function crop(image: GreyImage, x: number, y: number, width: number, height: number): GreyImage {
  const pixels = new Uint8Array(width * height)
  for (let row = 0; row < height; row++) pixels.set(image.pixels.subarray((y + row) * image.width + x, (y + row) * image.width + x + width), row * width)
  return { width, height, pixels, ppi: image.ppi }
}
