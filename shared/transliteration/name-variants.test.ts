import { describe, expect, it } from 'vitest'
import { mrzNameVariants } from './name-variants'
import { transliterateToMrz } from './transliterate'

describe('mrzNameVariants', () => {
  it('gives MÜLLER as standard, plain vowel and optional form', () => {
    expect(mrzNameVariants('Müller')).toEqual(['MUELLER', 'MULLER', 'MUXXLLER'])
  })

  it('gives Ñ as N and NXX', () => {
    expect(mrzNameVariants('Ñúñez')).toEqual(['NUNEZ', 'NXXUNEZ', 'NUNXXEZ', 'NXXUNXXEZ'])
  })

  it('gives a single spelling for names without choices', () => {
    expect(mrzNameVariants('Łukasz')).toEqual(['LUKASZ'])
    expect(mrzNameVariants('Straße')).toEqual(['STRASSE'])
    expect(mrzNameVariants('Øresund')).toEqual(['OERESUND'])
  })

  it('starts with the standard transliteration and lists no duplicates', () => {
    for (const name of ['Müller-Lüdenscheidt', 'Юлия Щербакова', 'Đorđe Ђорђевић', 'Подъячев']) {
      const variants = mrzNameVariants(name)
      expect(variants[0]).toBe(transliterateToMrz(name))
      expect(new Set(variants).size).toBe(variants.length)
      for (const variant of variants) expect(variant).toMatch(/^[A-Z<]*$/)
    }
  })

  it('includes national Cyrillic spellings', () => {
    expect(mrzNameVariants('Юлия')).toEqual(expect.arrayContaining(['IULIIA', 'YULIYA', 'YULIIA']))
    expect(mrzNameVariants('Жуков')).toEqual(['ZHUKOV', 'ZUKOV'])
    expect(mrzNameVariants('Ђорђе')).toEqual(expect.arrayContaining(['DORDE', 'DJORDJE']))
    expect(mrzNameVariants('Григорій')).toEqual(expect.arrayContaining(['GRIGORII', 'HRYHORII', 'HRYHORIY']))
    expect(mrzNameVariants('Ъглен')).toEqual(expect.arrayContaining(['IEGLEN', 'GLEN', 'AGLEN']))
  })

  it('orders by number of changed letters', () => {
    const variants = mrzNameVariants('Müller-Lüdenscheidt')
    expect(variants.slice(0, 5)).toEqual([
      'MUELLER<LUEDENSCHEIDT',
      'MULLER<LUEDENSCHEIDT',
      'MUXXLLER<LUEDENSCHEIDT',
      'MUELLER<LUDENSCHEIDT',
      'MUELLER<LUXXDENSCHEIDT',
    ])
    expect(variants).toHaveLength(9)
  })

  it('caps the list for long names, keeping the closest spellings', () => {
    const long = 'Юлия Григорьевна Щербакова-Чайковская'
    const variants = mrzNameVariants(long)
    expect(variants).toHaveLength(256)
    expect(variants[0]).toBe(transliterateToMrz(long))
    expect(mrzNameVariants(long, 10)).toHaveLength(10)
  })
})
