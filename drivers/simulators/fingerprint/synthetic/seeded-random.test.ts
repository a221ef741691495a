import { describe, expect, it } from 'vitest'
import { mixSeed, seededRandom } from './seeded-random'

describe('seededRandom', () => {
  it('repeats the same stream for the same seeds', () => {
    const a = seededRandom(42, 7)
    const b = seededRandom(42, 7)
    const first = Array.from({ length: 50 }, () => a.next())
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(first)
  })

  it('gives different streams for different seeds or labels', () => {
    expect(seededRandom(1).next()).not.toBe(seededRandom(2).next())
    expect(seededRandom(1, 1).next()).not.toBe(seededRandom(1, 2).next())
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1))
  })

  it('draws uniformly in [0, 1) and normally for gaussian()', () => {
    const random = seededRandom(3)
    const uniform = Array.from({ length: 20_000 }, () => random.next())
    expect(Math.min(...uniform)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...uniform)).toBeLessThan(1)
    expect(uniform.reduce((s, v) => s + v, 0) / uniform.length).toBeCloseTo(0.5, 1)
    const normal = Array.from({ length: 20_000 }, () => random.gaussian())
    const mean = normal.reduce((s, v) => s + v, 0) / normal.length
    const variance = normal.reduce((s, v) => s + (v - mean) ** 2, 0) / normal.length
    expect(mean).toBeCloseTo(0, 1)
    expect(variance).toBeCloseTo(1, 1)
  })
})
