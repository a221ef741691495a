// The pure synthetic scan renderer: a vehicle scene, Beer–Lambert attenuation
// at two energies, exposed on the simulated detector (gain/offset
// non-uniformity, dead/stuck/hot elements, quantum and read noise, dose
// jitter per line). Deterministic for a given seed and detector.
//
// Geometry: height = detector elements over a 4.6 m column from the ground
// up, width = scan lines. The vehicle is mapped onto the requested number of
// lines with a metre of air before and after it (as if it drove through at
// the speed that gives that many lines), so mm per pixel differs on x and y.
import { DetectorExposure, exposeEmptyFrames } from './expose-detector'
import { SceneRasteriser, type ScanGrid } from './rasterise-scene'
import type { Scene, TruthBox } from './scene'
import type { SimulatedDetector } from './simulated-detector'

export const DETECTOR_HEIGHT_MM = 4600
export const AIR_MARGIN_MM = 1000
/** Air level (counts before element gain) of the high and low pulses. */
export const AIR_COUNTS = { high: 40_000, low: 30_000 } as const

export interface RenderRequest {
  scene: Scene
  detector: SimulatedDetector
  lines: number
  seed: number
  energyMode?: 'single' | 'dual'
  doseJitter?: number
}

export interface PixelBox extends Omit<TruthBox, 'x0' | 'x1' | 'y0' | 'y1'> {
  /** Columns (lines) and rows (elements), inclusive-exclusive. */
  x0: number
  x1: number
  y0: number
  y1: number
}

export interface RenderedScan {
  width: number
  height: number
  mmPerPixel: { x: number; y: number }
  high: Uint16Array
  low?: Uint16Array
  /** Where the concealed things are, in pixels. */
  truth: PixelBox[]
}

export function scanGrid(scene: Scene, lines: number, elements: number): ScanGrid {
  const lengthMm = scene.lengthMm + 2 * AIR_MARGIN_MM
  return {
    lines,
    elements,
    mmPerLine: lengthMm / lines,
    mmPerElement: DETECTOR_HEIGHT_MM / elements,
    originXMm: -AIR_MARGIN_MM,
    detectorTopMm: DETECTOR_HEIGHT_MM,
  }
}

export function renderScan(request: RenderRequest): RenderedScan {
  const { scene, detector, lines, seed } = request
  const elements = detector.elements
  if (!Number.isInteger(lines) || lines < 1) throw new RangeError('lines must be a positive integer')
  const grid = scanGrid(scene, lines, elements)
  const rasteriser = new SceneRasteriser(scene, grid)
  const dual = request.energyMode !== 'single'
  const exposure = { lines, doseJitter: request.doseJitter }
  const highExposure = new DetectorExposure(detector, { ...exposure, seed, airCounts: AIR_COUNTS.high })
  const lowExposure = dual ? new DetectorExposure(detector, { ...exposure, seed: seed + 1, airCounts: AIR_COUNTS.low }) : null
  const high = new Uint16Array(lines * elements)
  const low = dual ? new Uint16Array(lines * elements) : undefined
  const aHigh = new Float32Array(lines)
  const aLow = new Float32Array(lines)
  for (let e = 0; e < elements; e++) {
    rasteriser.row(e, aHigh, aLow)
    highExposure.row(e, aHigh, high.subarray(e * lines, (e + 1) * lines))
    if (low && lowExposure) lowExposure.row(e, aLow, low.subarray(e * lines, (e + 1) * lines))
  }
  const truth = scene.truth.map((t) => ({
    kind: t.kind,
    x0: Math.max(0, Math.floor((t.x0 - grid.originXMm) / grid.mmPerLine)),
    x1: Math.min(lines, Math.ceil((t.x1 - grid.originXMm) / grid.mmPerLine)),
    y0: Math.max(0, Math.floor((grid.detectorTopMm - t.y1) / grid.mmPerElement)),
    y1: Math.min(elements, Math.ceil((grid.detectorTopMm - t.y0) / grid.mmPerElement)),
  }))
  return {
    width: lines,
    height: elements,
    mmPerPixel: { x: grid.mmPerLine, y: grid.mmPerElement },
    high,
    ...(low ? { low } : {}),
    truth,
  }
}

/** Beam off: `lines` lines of dark current and read noise. */
export function renderDarkFrames(detector: SimulatedDetector, lines: number, seed: number): Uint16Array {
  return exposeEmptyFrames(detector, { lines, seed, airCounts: 0 })
}

/** Beam on, empty tunnel: `lines` lines of air at the given energy. */
export function renderAirFrames(detector: SimulatedDetector, lines: number, seed: number, energy: 'high' | 'low' = 'high'): Uint16Array {
  return exposeEmptyFrames(detector, { lines, seed, airCounts: AIR_COUNTS[energy] })
}
