import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldPlateConfusions, matchPlate, normalisePlate, plateIndexKeys } from './plates'

describe('plates', () => {
  it('normalises spaces, dashes, case and diacritics', () => {
    expect(normalisePlate(' b-ab 123 ')).toBe('BAB123')
    expect(normalisePlate('ÖL·123')).toBe('OL123')
    expect(foldPlateConfusions('BO 5123')).toBe('805123')
  })

  it('grades exact, look-alike, one edit and different plates', () => {
    expect(matchPlate('B-AB 123', 'BAB123')).toMatchObject({ match: 'exact' })
    expect(matchPlate('8A8 I23', 'BAB123')).toMatchObject({ match: 'confusable' })
    expect(matchPlate('8A8 I23', 'BAB123').detail).toContain('8 for B at 1')
    expect(matchPlate('BAB124', 'BAB123')).toMatchObject({ match: 'one-edit' })
    expect(matchPlate('BAB12', 'BAB123')).toMatchObject({ match: 'one-edit', detail: expect.stringContaining('missing') })
    expect(matchPlate('BAB1234', 'BAB123')).toMatchObject({ match: 'one-edit', detail: expect.stringContaining('extra') })
    expect(matchPlate('8AB1Z4', 'BAB123')).toMatchObject({ match: 'one-edit' }) // look-alikes plus one edit
    expect(matchPlate('BAB153', 'BAB321')).toMatchObject({ match: 'none' })
    expect(matchPlate('', 'BAB123')).toMatchObject({ match: 'none' })
  })

  it('treats a transposition as two edits', () => {
    expect(matchPlate('BA1B23', 'BAB123').match).toBe('none')
  })

  it('index keys: folded plate plus its deletion neighbourhood', () => {
    expect(plateIndexKeys('AB-12')).toEqual(['plate:A812', 'plate:812', 'plate:A12', 'plate:A82', 'plate:A81'])
    expect(plateIndexKeys(' - ')).toEqual([])
  })

  const plate = fc.string({ unit: fc.constantFrom(...'ABCDEFGHJKLMNPRTUVWXY0123456789'), minLength: 2, maxLength: 9 })
  const char = fc.constantFrom(...'ABCDEFGHJKLMNPRTUVWXY0123456789')

  it('always retrieves and matches a plate one edit away', () => {
    fc.assert(
      fc.property(plate, fc.nat(), char, fc.constantFrom('sub', 'ins', 'del'), (listed, at, c, edit) => {
        const i = at % listed.length
        const read =
          edit === 'sub' ? listed.slice(0, i) + c + listed.slice(i + 1) : edit === 'ins' ? listed.slice(0, i) + c + listed.slice(i) : listed.slice(0, i) + listed.slice(i + 1)
        const keys = new Set(plateIndexKeys(listed))
        expect(plateIndexKeys(read).some((k) => keys.has(k))).toBe(true)
        expect(matchPlate(read, listed).match).not.toBe('none')
      }),
    )
  })

  it('always retrieves a plate read with look-alikes', () => {
    fc.assert(
      fc.property(plate, (listed) => {
        const read = listed.replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B')
        expect(plateIndexKeys(read)[0]).toBe(plateIndexKeys(listed)[0])
        expect(['exact', 'confusable']).toContain(matchPlate(read, listed).match)
      }),
    )
  })
})
