// Turns attenuation (A = −ln T, per pixel) into raw 16-bit detector counts:
//   raw = offset_e + gain_e · (I0 · dose_line · e^−A + quantum noise) + read noise
// with Poisson-like quantum noise (σ² ∝ signal), a dose that jitters from
// pulse to pulse (per scan line), and the detector's dead, stuck and hot
// elements. No attenuation = an air frame; beam off = a dark frame.
import { DetectorFault, type SimulatedDetector } from './simulated-detector'
import { NORMAL_TABLE_BITS, normal, normalTable, seededRandom } from './seeded-random'

export interface Exposure {
  lines: number
  seed: number
  /** Air level in counts before gain (0 = beam off, a dark frame). */
  airCounts: number
  /** σ of the per-line dose (relative). */
  doseJitter?: number
  /** Counts per detected quantum: σ² of the quantum noise = signal × quantumGain. */
  quantumGain?: number
}

const MASK = (1 << NORMAL_TABLE_BITS) - 1

/** One exposure of the detector (one energy), element row by element row, in order. */
export class DetectorExposure {
  private readonly dose: Float32Array
  private readonly noise: Float32Array
  private readonly quantumGain: number
  private state: number

  constructor(
    private readonly detector: SimulatedDetector,
    exposure: Exposure,
  ) {
    const random = seededRandom(exposure.seed)
    const jitter = exposure.airCounts > 0 ? (exposure.doseJitter ?? 0.015) : 0
    this.dose = Float32Array.from({ length: exposure.lines }, () => exposure.airCounts * (1 + jitter * normal(random)))
    this.noise = normalTable(exposure.seed ^ 0x9e3779b9)
    this.quantumGain = exposure.quantumGain ?? 0.5
    this.state = Math.imul(exposure.seed, 0x9e3779b1) >>> 0 || 1
  }

  /** Element `e` over every line into `out`; `attenuation` (same length) may be null for air/dark. */
  row(e: number, attenuation: Float32Array | null, out: Uint16Array): void {
    const { detector, dose, noise } = this
    const lines = dose.length
    if (detector.fault[e] === DetectorFault.stuck) {
      out.fill(detector.stuckValue)
      return
    }
    const offset = detector.offset[e]!
    const gain = detector.gain[e]!
    const readVariance = detector.darkNoise[e]! ** 2
    const quantumVariance = gain * gain * this.quantumGain
    let state = this.state
    for (let l = 0; l < lines; l++) {
      const a = attenuation ? attenuation[l]! : 0
      const signal = a === 0 ? dose[l]! : dose[l]! * Math.exp(-a) // most of a scan is air above the vehicle
      // xorshift32, inline: one table lookup per pixel for the combined noise.
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      const sigma = Math.sqrt(signal * quantumVariance + readVariance)
      const v = offset + gain * signal + sigma * noise[(state >>> 8) & MASK]!
      out[l] = v <= 0 ? 0 : v >= 65535 ? 65535 : v + 0.5
    }
    this.state = state
  }
}

/** Frames without an object: `detector.elements` rows × `lines`, row-major (air, or dark with airCounts 0). */
export function exposeEmptyFrames(detector: SimulatedDetector, exposure: Exposure): Uint16Array {
  const out = new Uint16Array(detector.elements * exposure.lines)
  const exposing = new DetectorExposure(detector, exposure)
  for (let e = 0; e < detector.elements; e++) exposing.row(e, null, out.subarray(e * exposure.lines, (e + 1) * exposure.lines))
  return out
}
