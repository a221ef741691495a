import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { jpegDimensions, looksLikeJpeg } from './jpeg-dimensions'

describe('JPEG dimensions', () => {
  it('reads width and height from baseline and progressive JPEGs', async () => {
    const img = sharp({ create: { width: 321, height: 123, channels: 3, background: '#336699' } })
    const baseline = new Uint8Array(await img.clone().jpeg().toBuffer())
    const progressive = new Uint8Array(await img.clone().jpeg({ progressive: true }).toBuffer())
    expect(jpegDimensions(baseline)).toEqual({ width: 321, height: 123 })
    expect(jpegDimensions(progressive)).toEqual({ width: 321, height: 123 })
    expect(looksLikeJpeg(baseline)).toBe(true)
    expect(looksLikeJpeg(Uint8Array.from([...baseline, 0x0d, 0x0a]))).toBe(true)
    expect(looksLikeJpeg(baseline.subarray(0, baseline.length - 10))).toBe(false)
  })

  it('returns null for anything else', () => {
    expect(jpegDimensions(Uint8Array.of(0x89, 0x50, 0x4e, 0x47))).toBeNull()
    expect(jpegDimensions(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0, 0x00))).toBeNull()
    expect(jpegDimensions(Uint8Array.of(0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9))).toBeNull()
  })
})
