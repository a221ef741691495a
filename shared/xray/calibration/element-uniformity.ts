// Element (row) non-uniformity over a flat region: the standard deviation of
// the per-element means divided by their mean. A flat (air) scan straight off
// the detector shows every element's own gain and offset; a well-calibrated
// one is flat to within noise averaged over the lines.
import { elementStatistics, type LineRange } from './element-statistics'

export interface UniformityRegion extends LineRange {
  fromElement?: number
  /** Exclusive. */
  toElement?: number
  /** Elements to leave out (non-zero = excluded), e.g. a calibration's bad-pixel map. */
  exclude?: Uint8Array
}

export function elementNonUniformity(
  plane: ArrayLike<number>,
  width: number,
  height: number,
  region: UniformityRegion = {},
): number {
  const { mean } = elementStatistics(plane, height, width, region)
  const from = Math.max(0, region.fromElement ?? 0)
  const to = Math.min(height, region.toElement ?? height)
  let n = 0
  let sum = 0
  let sumSq = 0
  for (let e = from; e < to; e++) {
    if (region.exclude?.[e]) continue
    const m = mean[e]!
    n++
    sum += m
    sumSq += m * m
  }
  if (n < 2) throw new RangeError('fewer than two elements to compare')
  const avg = sum / n
  const variance = Math.max(0, sumSq / n - avg * avg)
  return Math.sqrt(variance) / avg
}
