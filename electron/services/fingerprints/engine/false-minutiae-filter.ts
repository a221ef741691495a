// Most skeleton minutiae are artefacts: the cut edge of the print, spurs off a ridge, bridges
// between neighbouring ridges, short fragments and dots, breaks in a ridge (two endings facing each
// other), and clusters where noise shreds the skeleton. Each rule below removes one kind.
import type { CandidateMinutia } from './minutiae-detection'

export interface FilterContext {
  width: number
  height: number
  /** Whether a pixel lies in the segmented foreground. */
  isForeground: (x: number, y: number) => boolean
  /** Typical ridge period here, in pixels. */
  ridgePeriod: number
}

/** Minutiae at least this far inside the foreground are kept (the print's edge ends every ridge). */
const BORDER_DISTANCE = 14

export function removeFalseMinutiae(candidates: CandidateMinutia[], context: FilterContext): CandidateMinutia[] {
  const spurLength = Math.round(context.ridgePeriod * 1.4)
  const fragmentLength = Math.round(context.ridgePeriod * 2.2)
  const bridgeLength = Math.round(context.ridgePeriod * 1.4)
  const breakDistance = context.ridgePeriod * 1.6
  const width = context.width
  const removed = new Set<CandidateMinutia>()
  const near = (index: number): CandidateMinutia[] => {
    const x = index % width
    const y = Math.floor(index / width)
    return candidates.filter((m) => Math.abs(m.x - x) <= 2 && Math.abs(m.y - y) <= 2)
  }

  for (const m of candidates) {
    if (!insideForeground(m, context)) removed.add(m)
    for (const trace of m.traces) {
      const spur = m.type === 'ending' && trace.stop === 'bifurcation' && trace.steps <= spurLength
      const fragment = m.type === 'ending' && trace.stop === 'ending' && trace.steps <= fragmentLength
      const bridge = m.type === 'bifurcation' && trace.stop === 'bifurcation' && trace.steps <= bridgeLength
      if (spur || fragment || bridge) {
        removed.add(m)
        for (const other of near(trace.end)) removed.add(other)
      }
    }
  }

  const survivors = candidates.filter((m) => !removed.has(m))
  const breaks = new Set<CandidateMinutia>()
  for (let a = 0; a < survivors.length; a++) {
    const ma = survivors[a]!
    let neighbours = 0
    for (let b = 0; b < survivors.length; b++) {
      if (a === b) continue
      const mb = survivors[b]!
      const distance = Math.hypot(ma.x - mb.x, ma.y - mb.y)
      if (distance <= context.ridgePeriod) neighbours++
      if (b > a && ma.type === 'ending' && mb.type === 'ending' && distance <= breakDistance && facing(ma.angle, mb.angle)) {
        breaks.add(ma)
        breaks.add(mb)
      }
    }
    // Two or more others within one ridge period: a shredded region, not real detail.
    if (neighbours >= 2) breaks.add(ma)
  }
  return survivors.filter((m) => !breaks.has(m))
}

function insideForeground(m: CandidateMinutia, context: FilterContext): boolean {
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4
    const x = Math.round(m.x + BORDER_DISTANCE * Math.cos(a))
    const y = Math.round(m.y + BORDER_DISTANCE * Math.sin(a))
    if (x < 0 || y < 0 || x >= context.width || y >= context.height) return false
    if (!context.isForeground(x, y)) return false
  }
  return context.isForeground(m.x, m.y)
}

/** Directions roughly opposite (within 40° of antiparallel): two ends of one broken ridge. */
function facing(a: number, b: number): boolean {
  const difference = Math.abs(((a - b + 3 * Math.PI) % (2 * Math.PI)) - Math.PI)
  return Math.PI - difference < (40 * Math.PI) / 180
}
