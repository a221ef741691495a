import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { imageContainer, looksTruncated } from './image-container'

const plane = new Uint16Array(64 * 32).map((_, i) => i * 7)
const png = () => sharp(plane, { raw: { width: 64, height: 32, channels: 1 } }).toColourspace('grey16').png().toBuffer()
const tiff = () => sharp(plane, { raw: { width: 64, height: 32, channels: 1 } }).toColourspace('grey16').tiff({ compression: 'deflate' }).toBuffer()

describe('image container sniffing', () => {
  it('knows PNG and TIFF, and a complete file from a cut one', async () => {
    for (const [bytes, kind] of [
      [await png(), 'png'],
      [await tiff(), 'tiff'],
    ] as const) {
      expect(imageContainer(bytes)).toBe(kind)
      expect(looksTruncated(bytes, kind)).toBe(false)
      expect(looksTruncated(bytes.subarray(0, bytes.length - 20), kind)).toBe(true)
    }
    expect(imageContainer(Buffer.from('{"json": true}'))).toBe('unknown')
  })
})
