// Deterministic degradations of a good print, the failure cases the gate must
// recognise: each mimics what a pad delivers when the finger is pressed too
// lightly, too hard or placed off the platen. Used by the gate's tests and
// handy for a technician's demo.

import { greyImage, type GreyImage } from '../../../../shared/fingerprints/grey-image'

/** Ridges barely darker than the platen: `keep` is the fraction of contrast left. */
export function faintPrint(image: GreyImage, keep: number): GreyImage {
  const out = greyImage(image.width, image.height, image.ppi)
  for (let i = 0; i < out.pixels.length; i++) out.pixels[i] = Math.round(255 - (255 - image.pixels[i]!) * keep)
  return out
}

/** The print moved by (dx, dy) pixels; the uncovered platen is white. */
export function shiftedPrint(image: GreyImage, dx: number, dy: number): GreyImage {
  const out = greyImage(image.width, image.height, image.ppi)
  for (let y = 0; y < image.height; y++) {
    const sy = y - dy
    if (sy < 0 || sy >= image.height) continue
    for (let x = 0; x < image.width; x++) {
      const sx = x - dx
      if (sx >= 0 && sx < image.width) out.pixels[y * image.width + x] = image.pixels[sy * image.width + sx]!
    }
  }
  return out
}

/** Over-pressed wet finger: everything darkened, with black merged patches. */
export function darkBlotchyPrint(image: GreyImage, seed: number): GreyImage {
  const out = greyImage(image.width, image.height, image.ppi)
  let state = seed >>> 0
  const random = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 4294967296
  }
  const blotches = Array.from({ length: 14 }, () => ({
    x: random() * image.width,
    y: random() * image.height,
    r: 25 + random() * 35,
  }))
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const i = y * image.width + x
      let v = image.pixels[i]! * 0.35
      for (const b of blotches) {
        const d = Math.hypot(x - b.x, y - b.y) / b.r
        if (d < 1) v = v * d * d + 8 * (1 - d * d)
      }
      out.pixels[i] = Math.round(v)
    }
  }
  return out
}
