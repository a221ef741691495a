// Lays single-finger impressions side by side as one slap image, the way
// four fingers (or two thumbs) land on a slap platen: for the simulator and
// the segmentation tests. Pure.
import { greyImage, type GreyImage } from '../../../../shared/fingerprints/grey-image'

/**
 * Fingers left to right with `gap` white pixels between them (a gap of 0 lets them touch), centred
 * on a platen at least `platenWidth` wide (a slap scanner images its whole platen, two thumbs too).
 */
export function composeSlap(fingers: readonly GreyImage[], gap = 24, platenWidth = 0): GreyImage {
  const height = Math.max(...fingers.map((f) => f.height))
  const content = fingers.reduce((w, f) => w + f.width, 0) + gap * (fingers.length + 1)
  const width = Math.max(content, platenWidth)
  const out = greyImage(width, height, fingers[0]?.ppi ?? 500)
  let x0 = gap + Math.floor((width - content) / 2)
  for (const f of fingers) {
    const y0 = Math.floor((height - f.height) / 2)
    for (let y = 0; y < f.height; y++) out.pixels.set(f.pixels.subarray(y * f.width, (y + 1) * f.width), (y0 + y) * width + x0)
    x0 += f.width + gap
  }
  return out
}
