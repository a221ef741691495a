// The extractor estimates contrast, ridge orientation and ridge period per square block rather than
// per pixel: averaging over a block is what makes those estimates robust to noise and pores.

export interface BlockGrid {
  /** Block side in pixels. */
  size: number
  cols: number
  rows: number
}

export function blockGrid(width: number, height: number, size: number): BlockGrid {
  return { size, cols: Math.ceil(width / size), rows: Math.ceil(height / size) }
}

/** Whether the block under pixel (x, y) is flagged in a per-block mask (outside the image: no). */
export function blockFlagAt(grid: BlockGrid, mask: Uint8Array, x: number, y: number): boolean {
  const bx = Math.floor(x / grid.size)
  const by = Math.floor(y / grid.size)
  if (bx < 0 || by < 0 || bx >= grid.cols || by >= grid.rows) return false
  return mask[by * grid.cols + bx] === 1
}
