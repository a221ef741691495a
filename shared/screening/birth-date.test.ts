import { describe, expect, it } from 'vitest'
import { BIRTH_DATE_CONTRIBUTIONS as C, compareBirthDates, parsePartialDate } from './birth-date'

describe('parsePartialDate', () => {
  it('reads full and partial ISO dates', () => {
    expect(parsePartialDate('1985-06-12')).toEqual({ year: 1985, month: 6, day: 12 })
    expect(parsePartialDate('1985-06')).toEqual({ year: 1985, month: 6, day: null })
    expect(parsePartialDate('1985')).toEqual({ year: 1985, month: null, day: null })
  })

  it('lowers the precision for unknown (zero) parts and rejects the rest', () => {
    expect(parsePartialDate('1985-00-00')).toEqual({ year: 1985, month: null, day: null })
    expect(parsePartialDate('1985-06-00')).toEqual({ year: 1985, month: 6, day: null })
    expect(parsePartialDate('12/06/1985')).toBeNull()
    expect(parsePartialDate(null)).toBeNull()
    expect(parsePartialDate('')).toBeNull()
  })
})

describe('compareBirthDates', () => {
  const cases: Array<[string | null, string | null, string, number]> = [
    ['1985-06-12', '1985-06-12', 'birth-date-exact', C.exact],
    ['1985-06-12', '1985', 'birth-date-year-match', C.yearMatch],
    ['1985-06-12', '1985-06', 'birth-date-month-match', C.monthMatch],
    ['1985-06-12', '1985-12-06', 'birth-date-day-month-swapped', C.dayMonthSwapped],
    ['1985-06-12', '1986-06-12', 'birth-date-one-digit', C.oneDigit],
    ['1985-06-12', '1985-06-17', 'birth-date-one-digit', C.oneDigit],
    ['1985-06-12', '1985-06-23', 'birth-date-day-differs', C.dayDiffers],
    ['1985-06-12', '1985-09-30', 'birth-date-month-differs', C.monthDiffers],
    ['1985-06-12', '1991-02-03', 'birth-date-year-differs', C.yearDiffers],
    ['1985-06-12', '1990', 'birth-date-year-differs', C.yearDiffers],
    ['1985-06-12', null, 'birth-date-unknown', 0],
    [null, '1985', 'birth-date-unknown', 0],
  ]
  it.each(cases)('%s vs %s → %s', (query, listed, code, contribution) => {
    const feature = compareBirthDates(query, listed)
    expect(feature.code).toBe(code)
    expect(feature.contribution).toBe(contribution)
    expect(feature.detail.length).toBeGreaterThan(0)
  })

  it('raises the score only for agreement', () => {
    expect(C.exact).toBeGreaterThan(C.monthMatch)
    expect(C.monthMatch).toBeGreaterThan(C.yearMatch)
    expect(C.yearDiffers).toBeLessThan(0)
  })
})
