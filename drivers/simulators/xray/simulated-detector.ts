// The simulated detector column: one value per element for its dark offset,
// its gain and its read noise, plus the faults a real column develops (dead
// and stuck elements, hot elements with high dark current). The same detector
// exposes scans, dark frames and air frames, so a calibration computed from
// its frames corrects its scans, as on a real scanner.
import { normal, seededRandom } from './seeded-random'

export const DetectorFault = { none: 0, dead: 1, stuck: 2, hot: 3 } as const
export type DetectorFaultCode = (typeof DetectorFault)[keyof typeof DetectorFault]

export interface SimulatedDetector {
  elements: number
  /** Dark level per element (counts). */
  offset: Float32Array
  /** Response per element relative to nominal (dead elements 0). */
  gain: Float32Array
  /** Read (dark) noise σ per element (counts). */
  darkNoise: Float32Array
  /** `DetectorFault` per element. */
  fault: Uint8Array
  /** The value a stuck element always reads. */
  stuckValue: number
}

export interface DetectorOptions {
  /** σ of the element gains (relative). */
  gainSpread?: number
  /** Elements per detector board; each board has its own gain too. */
  boardSize?: number
  boardGainSpread?: number
  meanOffset?: number
  offsetSpread?: number
  readNoise?: number
  /** Fraction of elements dead (at least one, and one adjacent pair, when > 0). */
  deadFraction?: number
  stuckCount?: number
  hotCount?: number
}

export function createSimulatedDetector(elements: number, seed: number, options: DetectorOptions = {}): SimulatedDetector {
  const o = {
    gainSpread: 0.08,
    boardSize: 32,
    boardGainSpread: 0.03,
    meanOffset: 1000,
    offsetSpread: 150,
    readNoise: 4,
    deadFraction: 0.002,
    stuckCount: 1,
    hotCount: 2,
    ...options,
  }
  const random = seededRandom(seed ^ 0x5eed)
  const offset = new Float32Array(elements)
  const gain = new Float32Array(elements)
  const darkNoise = new Float32Array(elements).fill(o.readNoise)
  const fault = new Uint8Array(elements)
  let boardGain = 1
  for (let e = 0; e < elements; e++) {
    if (e % o.boardSize === 0) boardGain = 1 + o.boardGainSpread * clampNormal(random)
    offset[e] = Math.max(100, o.meanOffset + o.offsetSpread * clampNormal(random))
    gain[e] = boardGain * (1 + o.gainSpread * clampNormal(random))
  }
  // Faults away from the ends, so every bad element has good neighbours on both sides.
  const pick = () => 4 + Math.floor(random() * Math.max(1, elements - 8))
  const mark = (e: number, code: DetectorFaultCode) => {
    if (e >= 0 && e < elements && fault[e] === DetectorFault.none) fault[e] = code
  }
  if (o.deadFraction > 0 && elements >= 16) {
    const dead = Math.max(1, Math.round(elements * o.deadFraction))
    const pair = pick()
    mark(pair, DetectorFault.dead)
    mark(pair + 1, DetectorFault.dead)
    for (let i = 2; i < dead; i++) mark(pick(), DetectorFault.dead)
  }
  for (let i = 0; i < o.stuckCount && elements >= 16; i++) mark(pick(), DetectorFault.stuck)
  for (let i = 0; i < o.hotCount && elements >= 16; i++) mark(pick(), DetectorFault.hot)
  for (let e = 0; e < elements; e++) {
    if (fault[e] === DetectorFault.dead) gain[e] = 0
    if (fault[e] === DetectorFault.hot) {
      offset[e]! += 4000
      darkNoise[e] = 20 * o.readNoise
    }
  }
  return { elements, offset, gain, darkNoise, fault, stuckValue: 4095 }
}

/** A normal sample clipped at ±3σ: no element gain goes negative. */
function clampNormal(random: () => number): number {
  return Math.max(-3, Math.min(3, normal(random)))
}
