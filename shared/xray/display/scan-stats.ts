// What the viewer needs to know about a scan once, when it arrives: the
// histogram (for Auto), the open-beam levels of both planes (for material
// colour) and the automatic window to open with.
import { autoWindow, estimateAirLevel } from './auto-window'
import { histogram16 } from './histogram'
import { materialParams, type MaterialParams } from './material'
import type { WindowLevel, XrayScan } from './scan'

export interface ScanDisplayStats {
  highBins: Uint32Array
  airHigh: number
  airLow: number
  autoWindow: WindowLevel
  /** Null for a single-energy scan: no material colour. */
  material: MaterialParams | null
}

/** About 4 M samples per plane, whatever the scan size. */
const SAMPLES = 4_000_000

export function scanDisplayStats(scan: XrayScan): ScanDisplayStats {
  const stride = Math.max(1, Math.floor((scan.width * scan.height) / SAMPLES))
  const highBins = histogram16(scan.high, stride)
  const airHigh = estimateAirLevel(highBins)
  const airLow = scan.low ? estimateAirLevel(histogram16(scan.low, stride)) : airHigh
  return { highBins, airHigh, airLow, autoWindow: autoWindow(highBins), material: scan.low ? materialParams(airHigh, airLow) : null }
}
