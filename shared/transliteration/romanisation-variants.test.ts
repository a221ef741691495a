import { describe, expect, it } from 'vitest'
import { dinCompoundKey, gluedDinCompoundKey, looseSpelling, romanisationAlternatives, withoutAssimilatedArticle } from './romanisation-variants'

const sameLoose = (a: string, b: string): boolean => looseSpelling(a) === looseSpelling(b)

describe('looseSpelling', () => {
  it('folds what Cyrillic romanisations disagree on', () => {
    for (const [a, b] of [
      ['TSVETKOV', 'CVETKOV'], // Ц: TS / C
      ['CHERNYSHEV', 'TCHERNYCHEV'], // Ч, Ш: English CH, SH / French TCH, CH
      ['GRIGORIY', 'GRIGORY'], // -ИЙ
      ['ALEXEI', 'ALEKSEY'],
      ['TSYGANKOV', 'CYGANKOV'],
      ['TCHOUKOVSKI', 'CHUKOVSKIY'],
      ['VASILIY', 'VASILII'],
    ]) {
      expect(sameLoose(a as string, b as string), `${a} / ${b}`).toBe(true)
    }
  })

  it('folds Maghrebi French and other spellings of Arabic and Persian letters', () => {
    for (const [a, b] of [
      ['OUAZZANI', 'WAZZANI'], // OU = W
      ['CHAOUKI', 'SHAWQI'], // CH = SH, OU = W, K = Q
      ['GHASEMI', 'QASEMI'], // ق: GH / Q
      ['GHORBANI', 'QORBANI'],
      ['OUAHBI', 'WAHBI'],
      ['NADEEM', 'NADIM'],
      ['DJAMEL', 'JAMEL'],
    ]) {
      expect(sameLoose(a as string, b as string), `${a} / ${b}`).toBe(true)
    }
  })

  it('keeps different names apart and leaves short words alone', () => {
    for (const [a, b] of [
      ['NADEEM', 'NAEEM'],
      ['CHERNOV', 'CHERNYSHEV'],
      ['TSVETKOV', 'SVETKOV'],
      ['SHAWQI', 'SHAKIR'],
      ['MARINA', 'MARIA'],
    ]) {
      expect(sameLoose(a as string, b as string), `${a} / ${b}`).toBe(false)
    }
    expect(looseSpelling('CHEN')).toBe('CHEN') // CHEN / SHEN are two Chinese names
  })
})

describe('withoutAssimilatedArticle', () => {
  it('takes off ET-, ES-, EN-, ER-, ED-, EZ-, ECH- glued to the name', () => {
    expect(withoutAssimilatedArticle('ETTAMIMI')).toBe('TAMIMI')
    expect(withoutAssimilatedArticle('ESSAYED')).toBe('SAYED')
    expect(withoutAssimilatedArticle('ENNACIRI')).toBe('NACIRI')
    expect(withoutAssimilatedArticle('ERRADI')).toBe('RADI')
    expect(withoutAssimilatedArticle('ECHCHERKAOUI')).toBe('CHERKAOUI')
    expect(withoutAssimilatedArticle('EZZAHRAOUI')).toBe('ZAHRAOUI')
  })

  it('leaves names that only look like it', () => {
    expect(withoutAssimilatedArticle('ASSAD')).toBeNull() // ASAD: the rest is too short
    expect(withoutAssimilatedArticle('ATTAR')).toBeNull()
    expect(withoutAssimilatedArticle('ESSAM')).toBeNull()
    expect(withoutAssimilatedArticle('TAMIMI')).toBeNull()
    expect(withoutAssimilatedArticle('ANNA')).toBeNull()
  })
})

describe('din compounds', () => {
  it('keys NASREDDINE, NASRUDDIN and NASSER + DIN alike', () => {
    expect(gluedDinCompoundKey('NASREDDINE')).toBe('NSRDIN')
    expect(gluedDinCompoundKey('NASRUDDIN')).toBe('NSRDIN')
    expect(dinCompoundKey('NASSER')).toBe('NSRDIN')
    expect(gluedDinCompoundKey('SALAHEDDINE')).toBe(dinCompoundKey('SALAH'))
    expect(gluedDinCompoundKey('SALAHUDDIN')).toBe('SLHDIN')
  })

  it('keys only -DDIN compounds', () => {
    expect(gluedDinCompoundKey('GERALDINE')).toBeNull()
    expect(gluedDinCompoundKey('ALADDIN')).toBeNull()
    expect(gluedDinCompoundKey('NASSER')).toBeNull()
    expect(dinCompoundKey('KAMAL')).not.toBe(dinCompoundKey('JAMAL'))
  })
})

describe('romanisationAlternatives', () => {
  it('lists the other forms without the word itself', () => {
    expect(romanisationAlternatives('ETTAMIMI')).toContain('TAMIMI')
    expect(romanisationAlternatives('NASREDDINE')).toContain('NSRDIN')
    expect(romanisationAlternatives('CHIENHUA')).toContain('JIANHUA')
    expect(romanisationAlternatives('JIHOON')).toContain('JIHUN')
    expect(romanisationAlternatives('MARIA')).toEqual([])
    expect(romanisationAlternatives('CVETKOV')).toEqual([])
  })
})
