// Marks of the skin itself, fixed for a finger and so repeated in every
// impression: sweat pores (small light dots along the ridges) and flexion
// creases (thin light lines that cut across ridges, more with age). They make
// prints look real and give matchers the clutter real prints have.

import { mixSeed, seededRandom } from './seeded-random'

export interface SkinMarks {
  /** 0 = untouched skin … 1 = fully light (pore centre or crease), at finger point (x, y). */
  at(x: number, y: number): number
}

/** Pores sit about one per `poreCell`² pixels; radius in pixels at 500 ppi. */
const poreCell = 7
const poreRadius = 1.4

interface Crease {
  nx: number
  ny: number
  offset: number
  halfWidth: number
  bend: number
  /** Creases fade out beyond this distance from the finger's midline. */
  halfLength: number
  centre: number
}

export function skinMarks(fingerSeed: number): SkinMarks {
  const random = seededRandom(fingerSeed, 0x5c1a)
  const creases: Crease[] = []
  const count = Math.floor(random.next() * 4.5)
  for (let i = 0; i < count; i++) {
    // Mostly across the finger (near horizontal), in the lower two-thirds.
    const angle = Math.PI / 2 + random.between(-0.45, 0.45)
    creases.push({
      nx: Math.cos(angle),
      ny: Math.sin(angle),
      offset: random.between(-40, 150),
      halfWidth: random.between(0.5, 1.6),
      bend: random.between(-0.0015, 0.0015),
      halfLength: random.between(50, 150),
      centre: random.between(-60, 60),
    })
  }
  const poreSeed = random.seed()
  return {
    at(x, y) {
      let mark = 0
      for (const c of creases) {
        const along = -c.ny * x + c.nx * y
        const distance = Math.abs(c.nx * x + c.ny * y - c.offset - c.bend * along * along)
        if (distance < c.halfWidth + 1) {
          const fade = 1 - Math.abs(along - c.centre) / c.halfLength
          if (fade > 0) mark = Math.max(mark, Math.min(1, c.halfWidth + 1 - distance, 3 * fade))
        }
      }
      const cx = Math.floor(x / poreCell)
      const cy = Math.floor(y / poreCell)
      const h = mixSeed(poreSeed, cx, cy)
      if ((h & 1) !== 0) {
        const px = (cx + ((h >>> 8) & 255) / 256) * poreCell
        const py = (cy + ((h >>> 16) & 255) / 256) * poreCell
        const d2 = ((x - px) * (x - px) + (y - py) * (y - py)) / (poreRadius * poreRadius)
        if (d2 < 1) mark = Math.max(mark, 0.4 * (1 - d2))
      }
      return mark
    },
  }
}
