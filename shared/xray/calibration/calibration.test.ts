import { describe, expect, it } from 'vitest'
import { applyCalibration } from './apply-calibration'
import { calibrationFromBytes, calibrationToBytes, CalibrationFormatError } from './calibration-bytes'
import { BadElement } from './calibration-record'
import { computeCalibration } from './compute-calibration'
import { normaliseDosePerLine } from './dose-normalisation'
import { elementNonUniformity } from './element-uniformity'
import { crc32 } from './crc32'

/** A tiny deterministic detector: element e has offset 100 + 10e and gain 1 + 0.05·(e mod 5 − 2). */
const E = 40
const L = 64
const offsetOf = (e: number) => 100 + 10 * e
const gainOf = (e: number) => 1 + 0.05 * ((e % 5) - 2)
const DEAD = 7
const HOT = 20

function frame(lines: number, signal: (e: number, l: number) => number): Uint16Array {
  const out = new Uint16Array(E * lines)
  for (let e = 0; e < E; e++) {
    for (let l = 0; l < lines; l++) {
      const wobble = ((e * 31 + l * 17) % 7) - 3 // deterministic "noise" of ±3 counts
      const hot = e === HOT ? 3000 : 0
      const g = e === DEAD ? 0 : gainOf(e)
      out[e * lines + l] = Math.round(offsetOf(e) + hot + g * signal(e, l) + wobble)
    }
  }
  return out
}

const dark = frame(L, () => 0)
const air = frame(L, () => 20_000)
const createdAt = '2026-11-25T12:00:00.000Z'

describe('computeCalibration', () => {
  const cal = computeCalibration({ dark, air, elements: E, scanner: 'TEST', createdAt })

  it('measures offset and gain per element', () => {
    expect(cal.offset[3]).toBeCloseTo(offsetOf(3), 0)
    // gain maps each element's response onto the mean response
    expect(cal.gain[3]! * gainOf(3) * 20_000).toBeCloseTo(cal.stats.meanResponse, -1)
    expect(cal.stats.darkLines).toBe(L)
    expect(cal.stats.airLines).toBe(L)
  })

  it('flags the dead and the hot element and nothing else', () => {
    expect(cal.badPixels[DEAD]! & BadElement.dead).toBeTruthy()
    expect(cal.badPixels[HOT]! & BadElement.hot).toBeTruthy()
    expect(cal.stats.bad.total).toBe(2)
  })

  it('flags a gain outlier beyond 3σ', () => {
    const weak = frame(L, (e) => (e === 30 ? 12_000 : 20_000))
    const c = computeCalibration({ dark, air: weak, elements: E, scanner: 'TEST', createdAt })
    expect(c.badPixels[30]! & BadElement.gainOutlier).toBeTruthy()
  })

  it('refuses air frames taken with the beam off', () => {
    expect(() => computeCalibration({ dark, air: frame(L, () => 0), elements: E, scanner: 'T', createdAt })).toThrow(/beam on/)
  })

  it('refuses frames that are not whole lines', () => {
    expect(() => computeCalibration({ dark: dark.subarray(1), air, elements: E, scanner: 'T', createdAt })).toThrow(/whole number of lines/)
  })
})

describe('applyCalibration', () => {
  const cal = computeCalibration({ dark, air, elements: E, scanner: 'TEST', createdAt })

  it('flattens a flat scan and fills the dead element from its neighbours', () => {
    const W = 50
    const flat = frame(W, () => 10_000)
    const corrected = applyCalibration(flat, W, E, cal)
    const before = elementNonUniformity(flat, W, E, { exclude: cal.badPixels })
    const after = elementNonUniformity(corrected, W, E)
    expect(after * 10).toBeLessThan(before)
    const expected = cal.stats.meanResponse / 2
    for (const e of [0, DEAD, HOT, E - 1]) expect(Math.abs(corrected[e * W + 5]! - expected)).toBeLessThan(expected * 0.01)
  })

  it('interpolates linearly across a run of bad elements', () => {
    const plane = new Uint16Array(E * 2)
    const c = { ...cal, offset: new Float32Array(E), gain: new Float32Array(E).fill(1), badPixels: new Uint8Array(E) }
    for (let e = 0; e < E; e++) plane.fill(e * 100, e * 2, e * 2 + 2)
    c.badPixels[10] = c.badPixels[11] = c.badPixels[12] = BadElement.dead
    plane.fill(0, 20, 26)
    const out = applyCalibration(plane, 2, E, c)
    expect([out[20], out[22], out[24]]).toEqual([1000, 1100, 1200])
  })

  it('refuses a scan from a different detector', () => {
    expect(() => applyCalibration(new Uint16Array(10 * 3), 10, 3, cal)).toThrow(/40 elements/)
  })
})

describe('normaliseDosePerLine', () => {
  it('removes a per-line dose change seen by the reference elements', () => {
    const W = 20
    const plane = new Uint16Array(E * W)
    for (let e = 0; e < E; e++) for (let x = 0; x < W; x++) plane[e * W + x] = Math.round((e < 4 ? 10_000 : 5_000) * (x % 2 ? 1.02 : 0.98))
    const out = normaliseDosePerLine(plane, W, E, { from: 0, to: 4 })
    expect(Math.abs(out[10 * W + 0]! - out[10 * W + 1]!)).toBeLessThanOrEqual(1)
  })
})

describe('calibration bytes', () => {
  const cal = computeCalibration({ dark, air, elements: E, scanner: 'TEST ünïcode', createdAt })

  it('round-trips exactly', () => {
    const back = calibrationFromBytes(calibrationToBytes(cal))
    expect(back).toEqual(cal)
    expect(back.offset).toBeInstanceOf(Float32Array)
  })

  it('refuses a truncated, bit-flipped or foreign file', () => {
    const bytes = calibrationToBytes(cal)
    expect(() => calibrationFromBytes(bytes.subarray(0, bytes.length - 3))).toThrow(CalibrationFormatError)
    const flipped = bytes.slice()
    flipped[200]! ^= 1
    expect(() => calibrationFromBytes(flipped)).toThrow(/checksum/)
    expect(() => calibrationFromBytes(new TextEncoder().encode('{"offset": []} and more text here'))).toThrow(/magic/)
  })

  it('uses the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })
})
