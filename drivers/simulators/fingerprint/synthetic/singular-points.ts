// Where a finger's cores and deltas sit. Their number and layout define the
// pattern class (Sherlock–Monro: loop = 1 core + 1 delta, whorl = 2 + 2,
// tented arch = core right above a delta, plain arch = none); the seeded
// jitter makes every finger of a class different.
// Coordinates are pixels at 500 ppi, origin at the finger centre, y down.

import type { PatternClass } from './pattern-class'
import type { SeededRandom } from './seeded-random'

export interface Point {
  x: number
  y: number
}

export interface SingularPoints {
  cores: Point[]
  deltas: Point[]
}

export function placeSingularPoints(pattern: PatternClass, random: SeededRandom): SingularPoints {
  const jitter = (spread: number): number => random.between(-spread, spread)
  switch (pattern) {
    case 'arch':
      return { cores: [], deltas: [] }
    case 'tented-arch': {
      const core = { x: jitter(20), y: -20 + jitter(25) }
      return { cores: [core], deltas: [{ x: core.x + jitter(8), y: core.y + random.between(45, 75) }] }
    }
    case 'left-loop':
    case 'right-loop': {
      // The delta sits on the side the loop does not open to.
      const side = pattern === 'right-loop' ? -1 : 1
      const core = { x: side * random.between(-5, 25), y: -30 + jitter(25) }
      const delta = { x: core.x + side * random.between(70, 115), y: core.y + random.between(90, 140) }
      return { cores: [core], deltas: [delta] }
    }
    case 'whorl': {
      const centre = { x: jitter(20), y: -15 + jitter(20) }
      const half = random.between(12, 28)
      const tilt = jitter(0.5)
      const cores = [
        { x: centre.x - half * Math.sin(tilt), y: centre.y - half * Math.cos(tilt) },
        { x: centre.x + half * Math.sin(tilt), y: centre.y + half * Math.cos(tilt) },
      ]
      const deltas = [
        { x: centre.x - random.between(95, 130), y: centre.y + random.between(95, 135) },
        { x: centre.x + random.between(95, 130), y: centre.y + random.between(95, 135) },
      ]
      return { cores, deltas }
    }
  }
}
