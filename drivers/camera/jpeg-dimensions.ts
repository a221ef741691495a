// Width and height of a JPEG from its SOF segment, pure. Only the segment
// headers before the first SOF are walked (a few hundred bytes), never the
// entropy-coded data, so this is cheap enough for every frame of a stream.

/** True if the bytes start with SOI and end with EOI (trailing padding allowed). */
export function looksLikeJpeg(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return false
  let end = bytes.length
  // Some encoders pad after EOI; cameras add CR LF before the next boundary.
  while (end > 2 && (bytes[end - 1] === 0x00 || bytes[end - 1] === 0x0a || bytes[end - 1] === 0x0d)) end--
  return bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9
}

export function jpegDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  let i = 2
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null
    const marker = bytes[i + 1]!
    if (marker === 0xff) {
      i++ // fill byte
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2
      continue
    }
    if (marker === 0xd9 || marker === 0xda) return null // EOI or start of scan before any SOF
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!
    if (length < 2) return null
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > bytes.length) return null
      const height = (bytes[i + 5]! << 8) | bytes[i + 6]!
      const width = (bytes[i + 7]! << 8) | bytes[i + 8]!
      return width > 0 && height > 0 ? { width, height } : null
    }
    i += 2 + length
  }
  return null
}
