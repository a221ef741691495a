// Following a skeleton ridge from a minutia: where it leads after a few pixels gives the minutia's
// direction, and what it runs into (another ending, a bifurcation) tells spurs, bridges and short
// fragments from real minutiae.
import { crossingNumber, neighbourCode } from './skeleton-neighbourhood'

export type TraceStop = 'length' | 'ending' | 'bifurcation'

export interface Trace {
  /** Index of the last pixel reached. */
  end: number
  steps: number
  stop: TraceStop
}

/**
 * Walks from `start` through its neighbour `first` for at most `maxSteps` pixels, stopping early
 * at a pixel that is not a plain ridge continuation. Visited pixels are remembered so staircases
 * and the start's other neighbours are not walked back into.
 */
export function traceRidge(skeleton: Uint8Array, offsets: Int32Array, start: number, first: number, maxSteps: number): Trace {
  const visited = [start, first]
  let previous = start
  let current = first
  let steps = 1
  for (;;) {
    const cn = crossingNumber[neighbourCode(skeleton, current, offsets)]!
    if (cn === 1) return { end: current, steps, stop: 'ending' }
    if (cn >= 3) return { end: current, steps, stop: 'bifurcation' }
    if (steps >= maxSteps) return { end: current, steps, stop: 'length' }
    let next = -1
    // Prefer 4-neighbours: a diagonal step that skips a 4-neighbour would cut a staircase corner.
    for (let pass = 0; pass < 2 && next < 0; pass++) {
      for (let k = pass; k < 8; k += 2) {
        const candidate = current + offsets[k]!
        if (skeleton[candidate] !== 1 || candidate === previous) continue
        if (visited.includes(candidate)) continue
        next = candidate
        break
      }
    }
    if (next < 0) return { end: current, steps, stop: 'ending' }
    visited.push(next)
    previous = current
    current = next
    steps++
  }
}
