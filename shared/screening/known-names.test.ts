import { describe, expect, it } from 'vitest'
import { knownNameEntries, NAME_SPELLING_FAMILIES, spellingFamilyOf } from './name-families'

const familyByTableSpelling = new Map(
  Object.entries(NAME_SPELLING_FAMILIES).flatMap(([key, spellings]) => spellings.split(' ').map((s) => [s, key] as const)),
)

describe('known names', () => {
  it('lists each spelling once, in MRZ letters (a spelling of the families table may anchor several entries)', () => {
    const seen = new Set<string>()
    for (const entry of knownNameEntries()) {
      for (const spelling of entry) {
        expect(spelling, entry.join('/')).toMatch(/^[A-Z]+$/)
        if (familyByTableSpelling.has(spelling)) continue
        expect(seen.has(spelling), `${spelling} listed twice`).toBe(false)
        seen.add(spelling)
      }
    }
    expect(seen.size).toBeGreaterThan(1150)
  })

  it('never joins two existing spelling families', () => {
    for (const entry of knownNameEntries()) {
      const families = new Set(entry.map((s) => familyByTableSpelling.get(s)).filter((k) => k !== undefined))
      expect(families.size, entry.join('/')).toBeLessThanOrEqual(1)
    }
  })

  it('does not list family names the nisba rule derives (HASANI from HASAN)', () => {
    for (const entry of knownNameEntries()) {
      const derivable = entry.every((s) => s.length >= 5 && s.endsWith('I') && spellingFamilyOf(s.slice(0, -1)) !== null)
      expect(derivable, entry.join('/')).toBe(false)
    }
  })

  it('keeps the spellings of one name in one family', () => {
    for (const family of [
      ['NADEEM', 'NADIM'],
      ['MENDEZ', 'MENDES'],
      ['SATO', 'SATOH', 'SATOU'],
      ['ZHOU', 'CHOU'],
      ['ZHANG', 'CHANG', 'CHEUNG'],
      ['PARK', 'BAK', 'PAK'],
      ['LEE', 'LI', 'YI', 'RHEE'],
      ['JEONG', 'JUNG', 'CHUNG', 'ZHENG'],
      ['CHOI', 'CHOE', 'CUI'],
      ['SHAWQI', 'CHAOUKI'],
      ['QASIM', 'GHASEM', 'QASEM'],
      ['REZAEI', 'REZAI'],
      ['MOHAMMED', 'MUHAMMAD'],
      ['YUSUF', 'YOUSSEF'],
      ['ALEKSANDR', 'ALEXANDER'],
    ]) {
      expect(new Set(family.map(spellingFamilyOf)).size, family.join(' ')).toBe(1)
      expect(spellingFamilyOf(family[0] as string)).not.toBeNull()
    }
  })

  it('knows look-alike different names as different families', () => {
    for (const [a, b] of [
      ['ANDREA', 'ANDREAS'],
      ['RAMI', 'RAMZI'],
      ['NADEEM', 'NAEEM'],
      ['MARIA', 'MARINA'],
      ['NIKOLA', 'NIKOLINA'],
      ['FATMIR', 'FATMIRE'],
      ['OLUWASEUN', 'OLUWASEGUN'],
      ['SATO', 'SAITO'],
      ['KAYA', 'KAYAR'],
      ['MENDEZ', 'MENDOZA'],
      ['CHEN', 'CHENG'],
      ['CAROLINA', 'CAROLINE'],
      ['YILDIZ', 'YILDIRIM'],
      ['HAIDAR', 'HAMAD'],
      ['THANH', 'THANG'],
      ['ZHANG', 'ZHEN'],
      ['JIN', 'QIN'],
    ]) {
      const keyA = spellingFamilyOf(a as string)
      const keyB = spellingFamilyOf(b as string)
      expect(keyA, a).not.toBeNull()
      expect(keyB, b).not.toBeNull()
      expect(keyA, `${a} / ${b}`).not.toBe(keyB)
    }
  })
})
