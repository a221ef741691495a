import { describe, expect, it } from 'vitest'
import { normaliseName } from './normalise-name'
import { MATCH_FLOOR } from './score-name'
import { compareTokens, typoBudget, type TokenMatchKind } from './token-similarity'

function compare(a: string, b: string, role: 'family' | 'given' = 'given'): { score: number; kind: TokenMatchKind } {
  const token = (name: string) => {
    const n = normaliseName(role === 'family' ? `${name},` : `X, ${name}`)
    return n.tokens.find((t) => t.role === role)!
  }
  return compareTokens(token(a), token(b))
}

describe('compareTokens', () => {
  it('ranks exact, variant and family above the match floor', () => {
    expect(compare('IVAN', 'IVAN')).toMatchObject({ score: 1, kind: 'exact' })
    expect(compare('Müller', 'MULLER', 'family').kind).toBe('spelling-variant')
    expect(compare('MOHAMMED', 'MEHMET').kind).toBe('spelling-family')
    for (const [a, b] of [
      ['MÜLLER', 'MULLER'],
      ['MOHAMMED', 'MUHAMMAD'],
    ]) {
      expect(compare(a as string, b as string).score).toBeGreaterThanOrEqual(MATCH_FLOOR)
    }
  })

  it('accepts typos within the budget and transliterations that sound alike', () => {
    expect(compare('WILLIAMS', 'WILLIANS', 'family')).toMatchObject({ kind: 'similar' })
    expect(compare('WILLIAMS', 'WILLIANS', 'family').score).toBeGreaterThanOrEqual(MATCH_FLOOR)
    expect(compare('KHRUSHCHEV', 'CHRUSCHTSCHOW', 'family')).toMatchObject({ kind: 'phonetic' })
    expect(compare('KHRUSHCHEV', 'CHRUSCHTSCHOW', 'family').score).toBeGreaterThanOrEqual(MATCH_FLOOR)
  })

  it('tells different names apart however close the letters', () => {
    expect(compare('MARIA', 'MARIO')).toMatchObject({ kind: 'different-names' })
    expect(compare('HASSAN', 'HUSSEIN')).toMatchObject({ kind: 'different-names' })
    expect(compare('IVANOV', 'IVANOVA', 'family')).toMatchObject({ kind: 'gendered-form' })
    expect(compare('MOROZ', 'MOROZOV', 'family')).toMatchObject({ kind: 'different' })
    expect(compare('HANSEN', 'JANSEN', 'family')).toMatchObject({ kind: 'different' })
    expect(compare('YAN', 'YANG').score).toBeLessThan(MATCH_FLOOR)
    for (const [a, b] of [
      ['MARIA', 'MARIO'],
      ['HASSAN', 'HUSSEIN'],
      ['MOROZ', 'MOROZOV'],
      ['HANSEN', 'JANSEN'],
    ]) {
      expect(compare(a as string, b as string, 'family').score, `${a}/${b}`).toBeLessThan(MATCH_FLOOR)
    }
  })

  it('matches an initial to a name it starts', () => {
    expect(compare('F', 'FITZGERALD')).toMatchObject({ kind: 'initial' })
    expect(compare('G', 'FITZGERALD').score).toBe(0)
  })

  it('is symmetric', () => {
    for (const [a, b] of [
      ['MARIA', 'MARIO'],
      ['SCHERBAKOW', 'SHCHERBAKOV'],
      ['F', 'FITZGERALD'],
      ['Müller', 'MILLER'],
    ]) {
      expect(compare(a as string, b as string).score).toBeCloseTo(compare(b as string, a as string).score, 12)
    }
  })

  it('gives short tokens no typo budget', () => {
    expect(typoBudget(4)).toBe(0)
    expect(typoBudget(5)).toBe(1)
    expect(typoBudget(8)).toBe(2)
  })
})
