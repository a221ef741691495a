import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance } from './edit-distance'

describe('editDistance', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(editDistance('KITTEN', 'SITTING')).toBe(3)
    expect(editDistance('RODRIGUEZ', 'RODRIGEZ')).toBe(1)
    expect(editDistance('', 'ABC')).toBe(3)
    expect(editDistance('SAME', 'SAME')).toBe(0)
  })

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('JONATHAN', 'JONATHNA')).toBe(1)
    expect(editDistance('SCHNEIDER', 'SCHNIEDER')).toBe(1)
  })

  it('stops at the cap', () => {
    expect(editDistance('ABCDEFGH', 'ZYXWVUTS', 2)).toBe(3)
    expect(editDistance('A', 'ABCDEF', 1)).toBe(2)
    expect(editDistance('MOHAMMED', 'MOHAMED', 1)).toBe(1)
  })

  it('is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b)
        expect(d).toBe(editDistance(b, a))
        expect(d === 0).toBe(a === b)
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length))
      }),
    )
  })

  it('agrees with the uncapped distance whenever that is within the cap', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat(4), (a, b, cap) => {
        const full = editDistance(a, b)
        expect(editDistance(a, b, cap)).toBe(full <= cap ? full : cap + 1)
      }),
    )
  })
})
