// Auto window: spread the cargo (not the air around it) over the grey scale.
// Air is the brightest population in a transmission image; pixels brighter than
// a fraction of the air level are left out, then the 0.5–99.5 percentiles of
// what remains become the window edges, so a few hot or dead pixels cannot
// squash the contrast.
import { histogramPercentile } from './histogram'
import type { WindowLevel } from './scan'

export interface AutoWindowOptions {
  /** Percentile (0..1) of non-air pixels that becomes black. */
  lowPercentile?: number
  /** Percentile (0..1) of non-air pixels that becomes white. */
  highPercentile?: number
  /** Pixels at or above airFraction × air level count as air. */
  airFraction?: number
}

/** Air level: the 99.5th percentile of the whole plane (open beam around the vehicle). */
export function estimateAirLevel(bins: Uint32Array): number {
  return Math.max(1, histogramPercentile(bins, 0.995))
}

export function autoWindow(bins: Uint32Array, options: AutoWindowOptions = {}): WindowLevel {
  const { lowPercentile = 0.005, highPercentile = 0.995, airFraction = 0.9 } = options
  const airAbove = Math.floor(estimateAirLevel(bins) * airFraction)
  let nonAir = 0
  for (let v = 0; v < airAbove; v++) nonAir += bins[v]!
  // An empty tunnel has nothing but air: window the whole plane instead.
  const to = nonAir > 0 ? airAbove : bins.length
  const low = histogramPercentile(bins, lowPercentile, 0, to)
  const high = histogramPercentile(bins, highPercentile, 0, to)
  const width = Math.max(16, high - low + 1)
  return { center: low + width / 2, width }
}
