// Per-element statistics over a frame laid out like a scan: `elements` rows,
// each `lines` values long (row = detector element, column = scan line).

export interface LineRange {
  fromLine?: number
  /** Exclusive. */
  toLine?: number
}

export interface ElementStatistics {
  mean: Float64Array
  /** Standard deviation over lines (population). */
  std: Float64Array
}

export function elementStatistics(
  frame: ArrayLike<number>,
  elements: number,
  lines: number,
  range: LineRange = {},
): ElementStatistics {
  if (frame.length !== elements * lines) {
    throw new RangeError(`frame holds ${frame.length} values, expected ${elements} elements × ${lines} lines`)
  }
  const from = Math.max(0, range.fromLine ?? 0)
  const to = Math.min(lines, range.toLine ?? lines)
  const n = to - from
  if (n <= 0) throw new RangeError('empty line range')
  const mean = new Float64Array(elements)
  const std = new Float64Array(elements)
  for (let e = 0; e < elements; e++) {
    const row = e * lines
    let sum = 0
    let sumSq = 0
    for (let l = from; l < to; l++) {
      const v = frame[row + l]!
      sum += v
      sumSq += v * v
    }
    const m = sum / n
    mean[e] = m
    std[e] = Math.sqrt(Math.max(0, sumSq / n - m * m))
  }
  return { mean, std }
}

export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort()
  const n = sorted.length
  if (n === 0) return NaN
  return n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2
}

/** Median absolute deviation scaled to σ of a normal distribution: a spread that outliers do not drag. */
export function robustSigma(values: ArrayLike<number>): number {
  const m = median(values)
  const dev = Float64Array.from(values, (v) => Math.abs(v - m))
  return 1.4826 * median(dev)
}
