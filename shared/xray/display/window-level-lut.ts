// Window/level as lookup tables over every possible 16-bit value: the render
// loop then costs one array read per pixel, whatever the mapping.
import { FULL_RANGE_MAX, type WindowLevel } from './scan'
import { packRgba } from './rgba'

export const LUT_SIZE = FULL_RANGE_MAX + 1

/** Fraction 0..1 of the window a raw value falls at (linear, clamped); the shader uses the same formula. */
export function windowFraction(value: number, window: WindowLevel, invert: boolean): number {
  const width = Math.max(1, window.width)
  const f = Math.min(1, Math.max(0, (value - (window.center - width / 2)) / width))
  return invert ? 1 - f : f
}

/** 8-bit grey for each 16-bit value. */
export function buildGreyLut(window: WindowLevel, invert: boolean, out = new Uint8Array(LUT_SIZE)): Uint8Array {
  const width = Math.max(1, window.width)
  const low = window.center - width / 2
  // Below and above the window the table is constant: fill those runs without arithmetic.
  const first = Math.max(0, Math.min(LUT_SIZE, Math.ceil(low)))
  const last = Math.max(0, Math.min(LUT_SIZE, Math.floor(low + width) + 1))
  const black = invert ? 255 : 0
  out.fill(black, 0, first)
  out.fill(255 - black, last, LUT_SIZE)
  for (let v = first; v < last; v++) {
    const g = Math.round(Math.min(255, Math.max(0, ((v - low) * 255) / width)))
    out[v] = invert ? 255 - g : g
  }
  return out
}

/** Opaque RGBA grey for each 16-bit value, packed for a Uint32Array view. */
export function buildRgbaLut(window: WindowLevel, invert: boolean, out = new Uint32Array(LUT_SIZE)): Uint32Array {
  const grey = buildGreyLut(window, invert)
  const words = new Uint32Array(256)
  for (let g = 0; g < 256; g++) words[g] = packRgba(g, g, g)
  for (let v = 0; v < LUT_SIZE; v++) out[v] = words[grey[v]!]!
  return out
}
