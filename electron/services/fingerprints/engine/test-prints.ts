// Test fixtures: the four public-domain NIST prints (grey data is in the PNG's alpha channel, see
// the README beside them) and a rigid transform of an image, as another placement of the same
// finger on the platen would give.
import { resolve } from 'node:path'
import sharp from 'sharp'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'

export const nistPrintNames = ['arch', 'loop-right', 'tented_arch', 'whorl'] as const
export type NistPrintName = (typeof nistPrintNames)[number]

const nistDir = resolve(import.meta.dirname, '../../../../resources/fingerprints/nist')

export async function loadNistPrint(name: NistPrintName): Promise<GreyImage> {
  const { data, info } = await sharp(resolve(nistDir, `${name}.png`)).extractChannel('alpha').raw().toBuffer({ resolveWithObject: true })
  return { width: info.width, height: info.height, pixels: new Uint8Array(data), ppi: 500 }
}

/**
 * The image turned by `degrees` (counter-clockwise as seen) about its centre and shifted by
 * (dx, dy) pixels, on a canvas of the given size (default: same), bilinear, white outside.
 */
export function transformImage(image: GreyImage, degrees: number, dx: number, dy: number, size = { width: image.width, height: image.height }): GreyImage {
  const out = new Uint8Array(size.width * size.height).fill(255)
  const a = (degrees * Math.PI) / 180
  const cos = Math.cos(a)
  const sin = Math.sin(a)
  const cx = image.width / 2
  const cy = image.height / 2
  const ox = size.width / 2 + dx
  const oy = size.height / 2 + dy
  for (let y = 0; y < size.height; y++) {
    for (let x = 0; x < size.width; x++) {
      // Inverse map; counter-clockwise as seen is clockwise in y-down coordinates.
      const u = x - ox
      const v = y - oy
      const sx = cx + cos * u - sin * v
      const sy = cy + sin * u + cos * v
      const x0 = Math.floor(sx)
      const y0 = Math.floor(sy)
      if (x0 < 0 || y0 < 0 || x0 + 1 >= image.width || y0 + 1 >= image.height) continue
      const fx = sx - x0
      const fy = sy - y0
      const p = (xx: number, yy: number): number => image.pixels[yy * image.width + xx]!
      out[y * size.width + x] = Math.round((1 - fy) * ((1 - fx) * p(x0, y0) + fx * p(x0 + 1, y0)) + fy * ((1 - fx) * p(x0, y0 + 1) + fx * p(x0 + 1, y0 + 1)))
    }
  }
  return { width: size.width, height: size.height, pixels: out, ppi: image.ppi }
}
