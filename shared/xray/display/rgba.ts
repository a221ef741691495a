// Packing RGBA into one 32-bit word lets the render loops write a pixel with a
// single store into a Uint32Array view of the output. Byte order follows the
// platform, so the packed word is built to match it.

const littleEndian = new Uint8Array(new Uint32Array([0x01020304]).buffer)[0] === 0x04

export function packRgba(r: number, g: number, b: number, a = 255): number {
  return littleEndian ? ((a << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | a) >>> 0
}

export type Rgb = readonly [number, number, number]
