import { describe, expect, it } from 'vitest'
import { buildGreyLut, buildRgbaLut, windowFraction } from './window-level-lut'
import { packRgba } from './rgba'

describe('window/level lookup table', () => {
  it('maps the window linearly onto 0..255 and clamps outside it', () => {
    const lut = buildGreyLut({ center: 1000, width: 200 }, false)
    expect(lut[0]).toBe(0)
    expect(lut[899]).toBe(0)
    expect(lut[900]).toBe(0)
    expect(lut[1000]).toBe(128) // half-way: 127.5 rounds up
    expect(lut[1050]).toBe(191)
    expect(lut[1100]).toBe(255)
    expect(lut[65535]).toBe(255)
  })

  it('is monotonic over the whole 16-bit range', () => {
    const lut = buildGreyLut({ center: 30000, width: 12345 }, false)
    let drops = 0
    for (let v = 1; v < 65536; v++) if (lut[v]! < lut[v - 1]!) drops++
    expect(drops).toBe(0)
  })

  it('inverts: white becomes black', () => {
    const plain = buildGreyLut({ center: 1000, width: 200 }, false)
    const inverted = buildGreyLut({ center: 1000, width: 200 }, true)
    for (const v of [0, 900, 950, 1000, 1100, 60000]) expect(inverted[v]).toBe(255 - plain[v]!)
  })

  it('agrees with the shader formula to within rounding', () => {
    const w = { center: 20000, width: 5000 }
    const lut = buildGreyLut(w, false)
    for (let v = 17000; v < 23000; v += 37) expect(Math.abs(lut[v]! - windowFraction(v, w, false) * 255)).toBeLessThanOrEqual(0.5)
  })

  it('handles a window that reaches past both ends of the range', () => {
    const lut = buildGreyLut({ center: 32768, width: 200000 }, false)
    expect(lut[0]).toBeGreaterThan(0)
    expect(lut[65535]).toBeLessThan(255)
  })

  it('packs opaque grey pixels for the RGBA table', () => {
    const lut = buildRgbaLut({ center: 1000, width: 200 }, false)
    expect(lut[1100]).toBe(packRgba(255, 255, 255))
    const bytes = new Uint8Array(new Uint32Array([lut[1050]!]).buffer)
    expect([...bytes]).toEqual([191, 191, 191, 255])
  })
})
