// Minutiae on the skeleton by crossing number: 1 neighbour run = ridge ending, 3 = bifurcation.
// Each gets its direction from ridge traces and keeps the traces for the false-minutiae filter.
import { TWO_PI } from './template'
import type { MinutiaType } from './template'
import { branchStarts, crossingNumber, neighbourCode, neighbourOffsets } from './skeleton-neighbourhood'
import { traceRidge, type Trace } from './skeleton-tracing'

/** Pixels traced to find a direction: about one ridge period. */
export const DIRECTION_TRACE_LENGTH = 10

export interface CandidateMinutia {
  index: number
  x: number
  y: number
  angle: number
  type: MinutiaType
  traces: Trace[]
}

export function detectMinutiae(skeleton: Uint8Array, width: number, height: number, traceLength: number): CandidateMinutia[] {
  const offsets = neighbourOffsets(width)
  const found: CandidateMinutia[] = []
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const i = y * width + x
      if (skeleton[i] !== 1) continue
      const code = neighbourCode(skeleton, i, offsets)
      const cn = crossingNumber[code]!
      if (cn !== 1 && cn !== 3) continue
      const starts = branchStarts[code]!
      const traces: Trace[] = []
      for (let b = 0; b < cn; b++) traces.push(traceRidge(skeleton, offsets, i, i + offsets[starts[b]!]!, traceLength))
      const vectors = traces.map((t) => unitVector(t.end % width - x, Math.floor(t.end / width) - y))
      let dx: number
      let dy: number
      if (cn === 1) {
        // An ending points out of its ridge: from where the ridge comes from towards the tip.
        dx = -vectors[0]![0]
        dy = -vectors[0]![1]
      } else {
        // A bifurcation points along its stem: the branch least like the other two (the forks).
        const stem = stemBranch(vectors)
        const forks = [0, 1, 2].filter((k) => k !== stem)
        dx = vectors[stem]![0] - 0.5 * (vectors[forks[0]!]![0] + vectors[forks[1]!]![0])
        dy = vectors[stem]![1] - 0.5 * (vectors[forks[0]!]![1] + vectors[forks[1]!]![1])
      }
      // Image y grows downwards; angles are counter-clockwise as the image is seen.
      let angle = Math.atan2(-dy, dx)
      if (angle < 0) angle += TWO_PI
      found.push({ index: i, x, y, angle, type: cn === 1 ? 'ending' : 'bifurcation', traces })
    }
  }
  return found
}

function unitVector(dx: number, dy: number): [number, number] {
  const length = Math.hypot(dx, dy)
  return length > 0 ? [dx / length, dy / length] : [0, 0]
}

function stemBranch(vectors: Array<[number, number]>): number {
  let best = 0
  let lowest = Infinity
  for (let k = 0; k < 3; k++) {
    // The stem has the lowest summed cosine similarity with the other two.
    let similarity = 0
    for (let j = 0; j < 3; j++) if (j !== k) similarity += vectors[k]![0] * vectors[j]![0] + vectors[k]![1] * vectors[j]![1]
    if (similarity < lowest) {
      lowest = similarity
      best = k
    }
  }
  return best
}
