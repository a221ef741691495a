import { describe, expect, it } from 'vitest'
import { NAME_SPELLING_FAMILIES, spellingFamilyOf } from './name-families'

describe('name spelling families', () => {
  it('has the families of the brief', () => {
    const families: string[][] = [
      ['MOHAMMED', 'MUHAMMAD', 'MOHAMAD', 'MOHAMED', 'MUHAMED', 'MEHMET'],
      ['YUSUF', 'YOUSSEF', 'JOSEF', 'JOSEPH'],
      ['ALEKSANDR', 'ALEXANDER', 'ALEKSANDER', 'OLEKSANDR'],
      ['HUSSEIN', 'HUSSAIN', 'HUSAYN', 'HOSSEIN'],
      ['IBRAHIM', 'EBRAHIM', 'IBRAGIM'],
    ]
    for (const family of families) {
      const keys = family.map(spellingFamilyOf)
      expect(keys[0], family.join(' ')).not.toBeNull()
      expect(new Set(keys).size, family.join(' ')).toBe(1)
    }
  })

  it('keeps look-alike names in different families', () => {
    for (const [a, b] of [
      ['MARIA', 'MARIO'],
      ['HASSAN', 'HUSSEIN'],
      ['JUERGEN', 'JOERG'],
      ['IGOR', 'EGOR'],
      ['ALEKSANDR', 'ALEKSANDRA'],
      ['MARIAM', 'MARIA'],
    ] as const) {
      expect(spellingFamilyOf(a)).not.toBeNull()
      expect(spellingFamilyOf(a), `${a} / ${b}`).not.toBe(spellingFamilyOf(b))
    }
  })

  it('lists each spelling once, in MRZ letters, with the key among its spellings', () => {
    const seen = new Map<string, string>()
    for (const [key, spellings] of Object.entries(NAME_SPELLING_FAMILIES)) {
      const list = spellings.split(' ')
      expect(list, key).toContain(key)
      for (const spelling of list) {
        expect(spelling).toMatch(/^[A-Z]+$/)
        expect(seen.get(spelling), `${spelling} in ${key} and ${seen.get(spelling)}`).toBeUndefined()
        seen.set(spelling, key)
      }
    }
  })

  it('returns null for names not in the table', () => {
    expect(spellingFamilyOf('XYLANDERSKI')).toBeNull()
    expect(spellingFamilyOf('')).toBeNull()
  })
})
