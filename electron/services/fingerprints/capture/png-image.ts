// Grey images to PNG (lossless: what is stored and exported) and to small
// PNG data URLs for the officer's screen (downscaled: a full image never
// crosses the API).
import sharp from 'sharp'
import type { GreyImage } from '../../../../shared/fingerprints/grey-image'

const raw = (image: GreyImage) => sharp(Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength), { raw: { width: image.width, height: image.height, channels: 1 } })

export async function greyToPng(image: GreyImage): Promise<Uint8Array> {
  return new Uint8Array(await raw(image).png({ compressionLevel: 6 }).withMetadata({ density: image.ppi }).toBuffer())
}

/** A thumbnail at most `maxSide` pixels on its longer side, as a data URL. */
export async function previewDataUrl(image: GreyImage, maxSide = 160): Promise<string> {
  const scale = Math.min(1, maxSide / Math.max(image.width, image.height))
  const png = await raw(image)
    .resize(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)))
    .png({ compressionLevel: 9 })
    .toBuffer()
  return `data:image/png;base64,${png.toString('base64')}`
}

/** A stored PNG's thumbnail. */
export async function pngPreviewDataUrl(png: Uint8Array, maxSide = 96): Promise<string> {
  const out = await sharp(png).resize(maxSide, maxSide, { fit: 'inside' }).png({ compressionLevel: 9 }).toBuffer()
  return `data:image/png;base64,${out.toString('base64')}`
}
