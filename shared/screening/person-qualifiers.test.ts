import { describe, expect, it } from 'vitest'
import { compareNationality, compareSex, normaliseNationality, QUALIFIER_CONTRIBUTIONS as C } from './person-qualifiers'

describe('nationality', () => {
  it('normalises ICAO codes', () => {
    expect(normaliseNationality('D<<')).toBe('DEU')
    expect(normaliseNationality('gbd')).toBe('GBR')
    expect(normaliseNationality('SAU')).toBe('SAU')
  })

  it('matches, mismatches, or stays silent', () => {
    expect(compareNationality('D', ['DEU', 'TUR'])).toMatchObject({ code: 'nationality-match', contribution: C.nationalityMatch })
    expect(compareNationality('FRA', ['DEU'])).toMatchObject({ code: 'nationality-mismatch', contribution: C.nationalityMismatch })
    expect(compareNationality(null, ['DEU'])).toMatchObject({ code: 'nationality-unknown', contribution: 0 })
    expect(compareNationality('FRA', [])).toMatchObject({ code: 'nationality-unknown', contribution: 0 })
  })
})

describe('sex', () => {
  it('matches, mismatches, or stays silent for X and unknown', () => {
    expect(compareSex('M', 'M')).toMatchObject({ code: 'sex-match', contribution: C.sexMatch })
    expect(compareSex('female', 'M')).toMatchObject({ code: 'sex-mismatch', contribution: C.sexMismatch })
    expect(compareSex('X', 'F')).toMatchObject({ code: 'sex-unknown', contribution: 0 })
    expect(compareSex('F', null)).toMatchObject({ code: 'sex-unknown', contribution: 0 })
  })
})
