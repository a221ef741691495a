// Splitting a scan into textures no larger than the GPU allows. A 2,000 × 8,000
// scan fits in one texture where MAX_TEXTURE_SIZE is 8,192 or more but needs
// stripes on GPUs limited to 4,096.

export interface TextureTile {
  x: number
  y: number
  w: number
  h: number
}

export function planTextureTiles(width: number, height: number, maxSize: number): TextureTile[] {
  const size = Math.max(1, Math.floor(maxSize))
  const tiles: TextureTile[] = []
  for (let y = 0; y < height; y += size) {
    for (let x = 0; x < width; x += size) tiles.push({ x, y, w: Math.min(size, width - x), h: Math.min(size, height - y) })
  }
  return tiles
}
