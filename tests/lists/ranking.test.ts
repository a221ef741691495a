// The pieces candidate retrieval ranks with: the bounded-heap top-k and the galloping search that
// intersects posting lists. Both are compared with the obvious slow answer on random inputs.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { topByScore } from '../../electron/services/screening/lists/list-reader'
import { seek } from '../../electron/services/screening/lists/posting-lists'

describe('topByScore', () => {
  it('gives the `limit` best rowids, best first, ties to the lower rowid, as a full sort would', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 199 }), { maxLength: 150 }), fc.array(fc.constantFrom(0.5, 1, 1.5, 2.25, 3), { minLength: 200, maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (rowids, scores, limit) => {
        const slots = new Float64Array(400)
        scores.forEach((s, r) => (slots[2 * r] = s))
        const expected = [...rowids].sort((a, b) => (slots[2 * b] as number) - (slots[2 * a] as number) || a - b).slice(0, limit)
        expect(topByScore(rowids, slots, limit)).toEqual(expected)
      }),
      { numRuns: 500 },
    )
  })
})

describe('seek (galloping search in an ascending posting list)', () => {
  it('finds the first index at or after `from` holding a value ≥ the one sought', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 300 }), fc.integer({ min: -5, max: 10_005 }), fc.nat(), (values, value, start) => {
        const list = Int32Array.from(values.sort((a, b) => a - b))
        const from = list.length === 0 ? 0 : start % (list.length + 1)
        let expected = from
        while (expected < list.length && (list[expected] as number) < value) expected++
        expect(seek(list, from, value)).toBe(expected)
      }),
      { numRuns: 1000 },
    )
  })
})
