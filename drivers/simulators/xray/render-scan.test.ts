import { describe, expect, it } from 'vitest'
import { AIR_COUNTS, renderAirFrames, renderDarkFrames, renderScan } from './render-scan'
import { createSimulatedDetector, DetectorFault } from './simulated-detector'
import { emptyScene, vehicleScene } from './vehicle-scene'

const ELEMENTS = 200
const LINES = 600
const detector = createSimulatedDetector(ELEMENTS, 42)

/** −ln(T) of a pixel region after an ideal per-element correction, using the true detector. */
function attenuation(plane: Uint16Array, airCounts: number, box: { x0: number; x1: number; y0: number; y1: number }): number {
  let sum = 0
  let n = 0
  for (let y = box.y0; y < box.y1; y++) {
    if (detector.fault[y] !== DetectorFault.none) continue
    for (let x = box.x0; x < box.x1; x++) {
      const t = (plane[y * LINES + x]! - detector.offset[y]!) / (detector.gain[y]! * airCounts)
      sum += -Math.log(Math.max(t, 1e-4))
      n++
    }
  }
  return sum / n
}

describe('synthetic dual-energy scan renderer', () => {
  it('is deterministic for a seed and different for another seed', () => {
    const scene = vehicleScene({ kind: 'truck', seed: 5, concealed: [{ kind: 'person' }] })
    const a = renderScan({ scene, detector, lines: LINES, seed: 1 })
    const b = renderScan({ scene, detector, lines: LINES, seed: 1 })
    const c = renderScan({ scene, detector, lines: LINES, seed: 2 })
    expect(a.width).toBe(LINES)
    expect(a.height).toBe(ELEMENTS)
    // (byte comparison: vitest's deep equality is slow on 120k-element arrays)
    const same = (x: Uint16Array, y: Uint16Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength).equals(Buffer.from(y.buffer, y.byteOffset, y.byteLength))
    expect(same(a.high, b.high)).toBe(true)
    expect(same(a.low!, b.low!)).toBe(true)
    expect(same(a.high, c.high)).toBe(false)
  })

  it('draws every vehicle kind with its concealed things where the truth boxes say', () => {
    for (const kind of ['car', 'van', 'truck'] as const) {
      const scan = renderScan({
        scene: vehicleScene({ kind, seed: 3, concealed: [{ kind: 'person', at: 0.5 }] }),
        detector,
        lines: LINES,
        seed: 9,
      })
      const person = scan.truth[0]!
      expect(person.kind).toBe('person')
      expect(person.x1).toBeGreaterThan(person.x0)
      // a person absorbs: the box is darker than the air above the vehicle
      expect(attenuation(scan.high, AIR_COUNTS.high, person)).toBeGreaterThan(attenuation(scan.high, AIR_COUNTS.high, { x0: 0, x1: LINES, y0: 2, y1: 12 }) + 0.2)
    }
  })

  it('separates materials by the low/high attenuation ratio: organic above metal', () => {
    const scene = vehicleScene({ kind: 'van', seed: 1, concealed: [{ kind: 'organic-package', at: 0, count: 8 }, { kind: 'metal', at: 1, sizeMm: 300 }] })
    const empty = vehicleScene({ kind: 'van', seed: 1 })
    const withThings = renderScan({ scene, detector, lines: LINES, seed: 4 })
    const without = renderScan({ scene: empty, detector, lines: LINES, seed: 4 })
    const ratio = (box: (typeof withThings.truth)[number]) => {
      const inner = { x0: box.x0 + 1, x1: box.x1 - 1, y0: box.y0 + 1, y1: box.y1 - 1 }
      const high = attenuation(withThings.high, AIR_COUNTS.high, inner) - attenuation(without.high, AIR_COUNTS.high, inner)
      const low = attenuation(withThings.low!, AIR_COUNTS.low, inner) - attenuation(without.low!, AIR_COUNTS.low, inner)
      return low / high
    }
    const organic = ratio(withThings.truth[0]!)
    const metal = ratio(withThings.truth[1]!)
    expect(organic).toBeGreaterThan(1.3)
    expect(metal).toBeLessThan(1.25)
  })

  it('shows the detector faults: dead rows, a stuck row, hot rows in the dark', () => {
    const air = renderAirFrames(detector, 50, 3)
    const dark = renderDarkFrames(detector, 50, 4)
    const rowMean = (f: Uint16Array, e: number) => f.subarray(e * 50, e * 50 + 50).reduce((a, b) => a + b, 0) / 50
    for (let e = 0; e < ELEMENTS; e++) {
      const fault = detector.fault[e]
      if (fault === DetectorFault.dead) expect(rowMean(air, e) - rowMean(dark, e)).toBeLessThan(50)
      if (fault === DetectorFault.stuck) expect(new Set(air.subarray(e * 50, e * 50 + 50))).toEqual(new Set([detector.stuckValue]))
      if (fault === DetectorFault.hot) expect(rowMean(dark, e)).toBeGreaterThan(4000)
    }
    expect([...detector.fault].filter((f) => f === DetectorFault.dead).length).toBeGreaterThanOrEqual(2)
  })

  it('jitters the dose per line and the gain per element', () => {
    const air = renderAirFrames(detector, 200, 5)
    const lineMean = (x: number) => {
      let s = 0
      for (let e = 0; e < ELEMENTS; e++) s += air[e * 200 + x]!
      return s / ELEMENTS
    }
    const lines = Array.from({ length: 200 }, (_, x) => lineMean(x))
    const mean = lines.reduce((a, b) => a + b) / lines.length
    const sd = Math.sqrt(lines.reduce((a, b) => a + (b - mean) ** 2, 0) / lines.length)
    expect(sd / mean).toBeGreaterThan(0.005)
    expect(sd / mean).toBeLessThan(0.05)
  })

  it('renders an empty tunnel as air', () => {
    const scan = renderScan({ scene: emptyScene(), detector, lines: 100, seed: 1, energyMode: 'single' })
    expect(scan.low).toBeUndefined()
    expect(scan.truth).toEqual([])
  })
})
