import { describe, expect, it } from 'vitest'
import { NICKNAMES, type NicknameEntry } from './nickname-data'

function entriesFor(nickname: string): NicknameEntry[] {
  return NICKNAMES.filter((e) => e.nickname === nickname)
}

function fullNamesOf(nickname: string): string[] {
  return entriesFor(nickname).flatMap((e) => [...e.fullNames])
}

describe('NICKNAMES', () => {
  it('has at least 300 entries', () => {
    expect(NICKNAMES.length).toBeGreaterThanOrEqual(300)
  })

  it('writes every name in MRZ form (A-Z only)', () => {
    const bad = NICKNAMES.flatMap((e) => [e.nickname, ...e.fullNames]).filter((n) => !/^[A-Z]+$/.test(n))
    expect(bad).toEqual([])
  })

  it('gives every entry a language and at least one full name', () => {
    const bad = NICKNAMES.filter((e) => e.language.trim() === '' || e.fullNames.length === 0)
    expect(bad).toEqual([])
  })

  it('never maps a nickname to itself', () => {
    const bad = NICKNAMES.filter((e) => e.fullNames.includes(e.nickname)).map((e) => e.nickname)
    expect(bad).toEqual([])
  })

  it('lists each full name once per entry', () => {
    const bad = NICKNAMES.filter((e) => new Set(e.fullNames).size !== e.fullNames.length).map((e) => e.nickname)
    expect(bad).toEqual([])
  })

  it('has no duplicate (nickname, language)', () => {
    const seen = new Set<string>()
    const dups: string[] = []
    for (const e of NICKNAMES) {
      const key = `${e.nickname}|${e.language}`
      if (seen.has(key)) dups.push(key)
      seen.add(key)
    }
    expect(dups).toEqual([])
  })

  it('maps SASHA to both ALEKSANDR and ALEKSANDRA but not to ALEKSEI', () => {
    const names = fullNamesOf('SASHA')
    expect(names).toContain('ALEKSANDR')
    expect(names).toContain('ALEKSANDRA')
    expect(names).not.toContain('ALEKSEI')
  })

  it('maps ZHENYA to both genders', () => {
    const names = fullNamesOf('ZHENYA')
    expect(names).toContain('YEVGENY')
    expect(names).toContain('YEVGENIYA')
  })

  it('maps PEPE to JOSE and not PEDRO', () => {
    const names = fullNamesOf('PEPE')
    expect(names).toContain('JOSE')
    expect(names).not.toContain('PEDRO')
  })

  it('maps BILL to WILLIAM and HANS to JOHANNES', () => {
    expect(fullNamesOf('BILL')).toContain('WILLIAM')
    expect(fullNamesOf('HANS')).toContain('JOHANNES')
  })

  it.each([
    ['PACO', 'FRANCISCO'],
    ['NACHO', 'IGNACIO'],
    ['LUPE', 'GUADALUPE'],
    ['TOTO', 'SALVATORE'],
    ['BEPPE', 'GIUSEPPE'],
    ['GOSIA', 'MALGORZATA'],
    ['WOJTEK', 'WOJCIECH'],
    ['KOSTAS', 'KONSTANTINOS'],
    ['PANOS', 'PANAGIOTIS'],
    ['VOLODYA', 'VLADIMIR'],
    ['PEGGY', 'MARGARET'],
    ['KUBA', 'JAKUB'],
  ])('maps %s to %s', (nickname, fullName) => {
    expect(fullNamesOf(nickname)).toContain(fullName)
  })

  it('keeps per-language meanings apart (MEMO is GUILLERMO in Spanish, MEHMET in Turkish)', () => {
    const spanish = NICKNAMES.find((e) => e.nickname === 'MEMO' && e.language === 'Spanish')
    const turkish = NICKNAMES.find((e) => e.nickname === 'MEMO' && e.language === 'Turkish')
    expect(spanish?.fullNames).toContain('GUILLERMO')
    expect(spanish?.fullNames).not.toContain('MEHMET')
    expect(turkish?.fullNames).toContain('MEHMET')
  })
})
