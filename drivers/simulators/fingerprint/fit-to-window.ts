// A pad's sensor window sees a fixed rectangle at its own resolution: an
// image from elsewhere (a synthetic print, a scan at another ppi) is
// resampled to the window's ppi (box average when shrinking, nearest pixel
// when enlarging) and then centred: cropped where it is larger, padded with
// white (no skin) where it is smaller. Pure.
import { greyImage, type GreyImage } from '../../../shared/fingerprints/grey-image'

export function fitToWindow(image: GreyImage, width: number, height: number, ppi: number): GreyImage {
  const scaled = resample(image, ppi / image.ppi)
  const out = greyImage(width, height, ppi, 255)
  const offX = Math.floor((scaled.width - width) / 2)
  const offY = Math.floor((scaled.height - height) / 2)
  for (let y = 0; y < height; y++) {
    const sy = y + offY
    if (sy < 0 || sy >= scaled.height) continue
    for (let x = 0; x < width; x++) {
      const sx = x + offX
      if (sx < 0 || sx >= scaled.width) continue
      out.pixels[y * width + x] = scaled.pixels[sy * scaled.width + sx]!
    }
  }
  return out
}

function resample(image: GreyImage, factor: number): GreyImage {
  if (Math.abs(factor - 1) < 1e-9) return image
  const width = Math.max(1, Math.round(image.width * factor))
  const height = Math.max(1, Math.round(image.height * factor))
  const out = greyImage(width, height, Math.round(image.ppi * factor))
  const step = 1 / factor
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * step)
    const y1 = factor < 1 ? Math.min(image.height, Math.max(y0 + 1, Math.floor((y + 1) * step))) : y0 + 1
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * step)
      const x1 = factor < 1 ? Math.min(image.width, Math.max(x0 + 1, Math.floor((x + 1) * step))) : x0 + 1
      let sum = 0
      for (let sy = y0; sy < y1; sy++) for (let sx = x0; sx < x1; sx++) sum += image.pixels[sy * image.width + sx]!
      out.pixels[y * width + x] = Math.round(sum / ((y1 - y0) * (x1 - x0)))
    }
  }
  return out
}
