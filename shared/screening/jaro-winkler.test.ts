import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jaro, jaroWinkler } from './jaro-winkler'

describe('jaroWinkler', () => {
  it('gives the textbook values', () => {
    expect(jaro('MARTHA', 'MARHTA')).toBeCloseTo(0.944, 3)
    expect(jaroWinkler('MARTHA', 'MARHTA')).toBeCloseTo(0.961, 3)
    expect(jaroWinkler('DWAYNE', 'DUANE')).toBeCloseTo(0.84, 2)
    expect(jaroWinkler('DIXON', 'DICKSONX')).toBeCloseTo(0.813, 3)
  })

  it('is 1 for equal names and 0 with nothing in common', () => {
    expect(jaroWinkler('IVANOV', 'IVANOV')).toBe(1)
    expect(jaroWinkler('ABC', 'XYZ')).toBe(0)
    expect(jaroWinkler('', '')).toBe(0)
    expect(jaroWinkler('A', '')).toBe(0)
  })

  it('stays in 0..1 and is symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 15 }), fc.string({ maxLength: 15 }), (a, b) => {
        const s = jaroWinkler(a, b)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(s).toBeCloseTo(jaroWinkler(b, a), 12)
      }),
    )
  })
})
