import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { decodePlane, PlaneDecodeError } from './decode-plane'

const W = 120
const H = 40
const plane = new Uint16Array(W * H).map((_, i) => (i * 523) & 0xffff)
const raw = () => sharp(plane, { raw: { width: W, height: H, channels: 1 } })

async function reason(bytes: Buffer): Promise<string> {
  try {
    await decodePlane(bytes, 'p.png')
    return 'decoded'
  } catch (err) {
    return err instanceof PlaneDecodeError ? err.reason : `other: ${String(err)}`
  }
}

describe('decodePlane', () => {
  it('round-trips 16-bit PNG and TIFF bit-exactly', async () => {
    for (const bytes of [await raw().toColourspace('grey16').png().toBuffer(), await raw().toColourspace('grey16').tiff({ compression: 'deflate', predictor: 'horizontal' }).toBuffer()]) {
      const d = await decodePlane(bytes, 'p')
      expect([d.width, d.height]).toEqual([W, H])
      expect(Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength).equals(Buffer.from(plane.buffer))).toBe(true)
    }
  })

  it('names what is wrong with a bad plane', async () => {
    const png = await raw().toColourspace('grey16').png().toBuffer()
    const corrupt = Buffer.from(png)
    corrupt.fill(0x55, 60, png.length - 20)
    const eight = await sharp(Uint8Array.from(plane, (v) => v >> 8), { raw: { width: W, height: H, channels: 1 } }).toColourspace('b-w').png().toBuffer()
    const rgb16 = await sharp(new Uint16Array(W * H * 3), { raw: { width: W, height: H, channels: 3 } }).toColourspace('rgb16').png().toBuffer()
    expect(await reason(Buffer.alloc(0))).toBe('empty-file')
    expect(await reason(png.subarray(0, png.length >> 1))).toBe('truncated-image')
    expect(await reason(corrupt)).toBe('corrupt-image')
    expect(await reason(Buffer.from('not an image at all'))).toBe('unsupported-format')
    expect(await reason(eight)).toBe('not-16-bit')
    expect(await reason(rgb16)).toBe('not-greyscale')
  })
})
