import { describe, expect, it } from 'vitest'
import { detectMinutiae } from './minutiae-detection'
import { thinRidges } from './thinning'

/** A binary image from rows of '#' (ridge) and '.' (valley). */
function binary(rows: string[]): { pixels: Uint8Array; width: number; height: number } {
  const width = rows[0]!.length
  const pixels = new Uint8Array(width * rows.length)
  rows.forEach((row, y) => [...row].forEach((c, x) => (pixels[y * width + x] = c === '#' ? 1 : 0)))
  return { pixels, width, height: rows.length }
}

function drawLine(pixels: Uint8Array, width: number, x0: number, y0: number, x1: number, y1: number, thickness: number): void {
  const steps = Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 2
  for (let s = 0; s <= steps; s++) {
    const x = x0 + ((x1 - x0) * s) / steps
    const y = y0 + ((y1 - y0) * s) / steps
    for (let dy = -thickness; dy <= thickness; dy++) for (let dx = -thickness; dx <= thickness; dx++) if (dx * dx + dy * dy <= thickness * thickness) pixels[Math.round(y + dy) * width + Math.round(x + dx)] = 1
  }
}

describe('thinRidges', () => {
  it('thins a 5-pixel-wide ridge to a line one pixel wide', () => {
    const { pixels, width, height } = binary(Array.from({ length: 9 }, (_, y) => (y >= 2 && y <= 6 ? '..' + '#'.repeat(26) + '..' : '.'.repeat(30))))
    thinRidges(pixels, width, height)
    // The ends erode by a few pixels (as Zhang–Suen does); the middle must be exactly one pixel thick.
    for (let x = 6; x < 22; x++) {
      let column = 0
      for (let y = 0; y < height; y++) column += pixels[y * width + x]!
      expect(column).toBe(1)
    }
  })
})

describe('detectMinutiae on a thinned skeleton', () => {
  it('finds the ridge ending and the bifurcation of a Y, pointing the right ways', () => {
    // A stem from the bottom that forks into two arms going up-left and up-right.
    const width = 80
    const height = 80
    const pixels = new Uint8Array(width * height)
    drawLine(pixels, width, 40, 75, 40, 40, 2)
    drawLine(pixels, width, 40, 40, 15, 8, 2)
    drawLine(pixels, width, 40, 40, 65, 8, 2)
    thinRidges(pixels, width, height)
    const found = detectMinutiae(pixels, width, height, 10)
    const bifurcations = found.filter((m) => m.type === 'bifurcation')
    const endings = found.filter((m) => m.type === 'ending')
    expect(bifurcations).toHaveLength(1)
    expect(endings).toHaveLength(3)
    const fork = bifurcations[0]!
    expect(Math.hypot(fork.x - 40, fork.y - 40)).toBeLessThan(5)
    // A bifurcation points along its stem: straight down the image is 270° counter-clockwise.
    expect(Math.abs(fork.angle - (3 * Math.PI) / 2)).toBeLessThan(0.3)
    // The stem's free end points out of the ridge, downwards, too.
    const stemEnd = endings.find((m) => m.y > 60)!
    expect(Math.abs(stemEnd.angle - (3 * Math.PI) / 2)).toBeLessThan(0.3)
  })
})
