// A plain stand-in print for tests and for a simulator nobody has fed yet:
// concentric ridges (a whorl, roughly) about 9 px apart at 500 ppi, on white
// outside an elliptical fingertip. It is not a realistic fingerprint (the
// seeded generator in ./synthetic is); it only has to look like ridges to a
// pad and differ from seed to seed. Pure and deterministic.
import { greyImage, type GreyImage } from '../../../shared/fingerprints/grey-image'

export function ridgePattern(width: number, height: number, seed = 1, ppi = 500): GreyImage {
  const image = greyImage(width, height, ppi)
  const period = 9 * (ppi / 500)
  const cx = width / 2 + ((seed * 37) % 21) - 10
  const cy = height / 2 + ((seed * 53) % 31) - 15
  const rx = width * 0.42
  const ry = height * 0.45
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ex = (x - width / 2) / rx
      const ey = (y - height / 2) / ry
      if (ex * ex + ey * ey > 1) continue
      const dx = x - cx
      const dy = (y - cy) * 0.8
      const r = Math.sqrt(dx * dx + dy * dy)
      const ridge = Math.cos((2 * Math.PI * r) / period + seed)
      image.pixels[y * width + x] = ridge > 0 ? 30 : 225
    }
  }
  return image
}
