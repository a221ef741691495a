import { describe, expect, it } from 'vitest'
import { areGenderedForms } from './gendered-forms'

describe('areGenderedForms', () => {
  it('pairs Slavic family names', () => {
    for (const [m, f] of [
      ['IVANOV', 'IVANOVA'],
      ['KOWALSKI', 'KOWALSKA'],
      ['NOVAK', 'NOVAKOVA'],
      ['PUSHKIN', 'PUSHKINA'],
      ['FEDOROV', 'FEDOROVA'],
    ]) {
      expect(areGenderedForms(m as string, f as string, true), `${m}/${f}`).toBe(true)
      expect(areGenderedForms(f as string, m as string, true), `${f}/${m}`).toBe(true)
    }
  })

  it('pairs given names only when not comparing family names', () => {
    expect(areGenderedForms('MARIO', 'MARIA', false)).toBe(true)
    expect(areGenderedForms('DANIEL', 'DANIELA', false)).toBe(true)
    expect(areGenderedForms('VALERII', 'VALERIIA', false)).toBe(true)
    expect(areGenderedForms('LUKASHENKO', 'LUKASHENKA', true)).toBe(false)
  })

  it('does not pair unrelated or identical names', () => {
    expect(areGenderedForms('IVANOV', 'IVANOV', true)).toBe(false)
    expect(areGenderedForms('PETROV', 'IVANOVA', true)).toBe(false)
    expect(areGenderedForms('AL', 'ALA', false)).toBe(false) // stem too short
  })
})
