import { describe, expect, it } from 'vitest'
import { autoWindow, estimateAirLevel } from './auto-window'
import { histogram16, histogramPercentile } from './histogram'

/** A histogram from (value, count) pairs. */
function bins(pairs: Array<[number, number]>): Uint32Array {
  const b = new Uint32Array(65536)
  for (const [v, n] of pairs) b[v]! += n
  return b
}

describe('auto window from the histogram', () => {
  it('finds percentiles by count', () => {
    const b = bins([[10, 1], [20, 98], [30, 1]])
    expect(histogramPercentile(b, 0.005)).toBe(10)
    expect(histogramPercentile(b, 0.5)).toBe(20)
    expect(histogramPercentile(b, 1)).toBe(30)
  })

  it('leaves out the air and spans the 0.5–99.5 % of the cargo', () => {
    // Cargo uniformly from 10,000 to 29,999 (100 pixels per value), a huge air peak at 60,000, one hot pixel.
    const pairs: Array<[number, number]> = []
    for (let v = 10000; v < 30000; v++) pairs.push([v, 100])
    pairs.push([60000, 5_000_000], [65535, 1])
    const b = bins(pairs)
    expect(estimateAirLevel(b)).toBe(60000)
    const w = autoWindow(b)
    const low = w.center - w.width / 2
    const high = w.center + w.width / 2
    expect(low).toBeGreaterThanOrEqual(10090)
    expect(low).toBeLessThanOrEqual(10110)
    expect(high).toBeGreaterThanOrEqual(29890)
    expect(high).toBeLessThanOrEqual(29910)
  })

  it('ignores a few dead pixels at zero', () => {
    const pairs: Array<[number, number]> = [[0, 20]]
    for (let v = 20000; v < 40000; v++) pairs.push([v, 50])
    pairs.push([62000, 2_000_000])
    const w = autoWindow(bins(pairs))
    expect(w.center - w.width / 2).toBeGreaterThan(19000)
  })

  it('windows the whole plane when there is nothing but air', () => {
    const w = autoWindow(bins([[59990, 1000], [60010, 1000]]))
    expect(w.width).toBeGreaterThanOrEqual(16)
    expect(w.center).toBeGreaterThan(59900)
  })

  it('samples large planes with a stride', () => {
    const plane = new Uint16Array(1000).map((_, i) => i)
    const b = histogram16(plane, 4)
    expect(b[0]).toBe(1)
    expect(b[1]).toBe(0)
    expect(b.reduce((a, c) => a + c, 0)).toBe(250)
  })
})
