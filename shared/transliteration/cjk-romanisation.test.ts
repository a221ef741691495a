import { describe, expect, it } from 'vitest'
import { cjkAlternatives, isRomanisedSyllable, joinHyphenatedSyllables } from './cjk-romanisation'

describe('Wade–Giles to pinyin', () => {
  it('gives the pinyin of Wade–Giles given names', () => {
    expect(cjkAlternatives('CHIENHUA')).toContain('JIANHUA')
    expect(cjkAlternatives('CHIHMING')).toContain('ZHIMING')
    expect(cjkAlternatives('HSIAOPING')).toContain('XIAOPING')
    expect(cjkAlternatives('YINGWEN')).toEqual([]) // the same in both systems
    expect(cjkAlternatives('TZUYANG')).toContain('ZIYANG')
    expect(cjkAlternatives('CHIENKUO')).toContain('JIANGUO')
    expect(cjkAlternatives('KUOHSIUNG')).toContain('GUOXIONG')
  })

  it('leaves pinyin, one-syllable words and other names alone', () => {
    expect(cjkAlternatives('JIANHUA')).toEqual([])
    expect(cjkAlternatives('CHEN')).toEqual([]) // ZHEN is another name
    expect(cjkAlternatives('CHANG')).toEqual([])
    expect(cjkAlternatives('TAMIMI')).toEqual([])
    expect(cjkAlternatives('MARINA')).toEqual([])
    expect(cjkAlternatives('HASSAN')).toEqual([])
  })
})

describe('Korean spellings', () => {
  it('writes OO, EO, EU as U in words of Korean syllables', () => {
    expect(cjkAlternatives('JIHOON')).toEqual(['JIHUN'])
    expect(cjkAlternatives('SEONGHO')).toEqual(['SUNGHO'])
    expect(cjkAlternatives('MINSOO')).toEqual(['MINSU'])
    expect(cjkAlternatives('SEUNGMIN')).toEqual(['SUNGMIN'])
    expect(cjkAlternatives('BROOKE')).toEqual([])
    expect(cjkAlternatives('JIHYUN')).not.toContain('JIHUN')
  })
})

describe('joinHyphenatedSyllables', () => {
  it('joins two syllables written with a hyphen', () => {
    expect(joinHyphenatedSyllables('CHOU CHIEN-HUA')).toBe('CHOU CHIENHUA')
    expect(joinHyphenatedSyllables('Park Ji-hoon')).toBe('Park Jihoon')
    expect(joinHyphenatedSyllables('Lee Seung-min')).toBe('Lee Seungmin')
    expect(joinHyphenatedSyllables('KIM, MIN-JUN')).toBe('KIM, MINJUN')
  })

  it('keeps other hyphenated names', () => {
    for (const name of ['JEAN-PAUL SARTRE', 'NASSER AL-DIN', 'MOHAMMED AL-ZAHRANI', 'ABU-BAKR', 'ANNA-MARIA', 'Müller-Lüdenscheidt', 'UL-HAQ']) {
      expect(joinHyphenatedSyllables(name)).toBe(name)
    }
    expect(joinHyphenatedSyllables('A-B-C')).toBe('A-B-C')
  })

  it('knows a syllable', () => {
    expect(isRomanisedSyllable('hoon')).toBe(true)
    expect(isRomanisedSyllable('CHIEN')).toBe(true)
    expect(isRomanisedSyllable('SEUNG')).toBe(true)
    expect(isRomanisedSyllable('PAUL')).toBe(false)
    expect(isRomanisedSyllable('AL')).toBe(false)
  })
})
