// Date of birth as a qualifier. Lists often hold only a year or year-month, and typed dates carry
// typical slips (day and month swapped, one wrong digit), so we grade instead of just comparing.
// A match raises the score, a clear difference lowers it; the slips are neutral-to-slightly
// positive so the officer sees them without the date deciding alone. Values follow the spirit of
// nomenklatura (dob_year_disjoint −0.15, dob_day_disjoint −0.2/−0.25, swap counted as half).
import type { MatchFeature } from './types'

export interface PartialDate {
  year: number
  month: number | null
  day: number | null
}

export const BIRTH_DATE_CONTRIBUTIONS = {
  exact: 0.1,
  monthMatch: 0.05,
  yearMatch: 0.04,
  dayMonthSwapped: 0.03,
  oneDigit: 0,
  dayDiffers: -0.15,
  monthDiffers: -0.15,
  yearDiffers: -0.2,
  unknown: 0,
} as const

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' → parts; null when absent or unreadable. A zero or impossible
 * month/day ('1985-00-00', as some documents print an unknown day) lowers the precision instead.
 */
export function parsePartialDate(value: string | null | undefined): PartialDate | null {
  const match = ISO_PARTIAL.exec(value?.trim() ?? '')
  if (match === null) return null
  const year = Number(match[1])
  const month = match[2] === undefined ? null : Number(match[2])
  const day = match[3] === undefined ? null : Number(match[3])
  if (month === null || month < 1 || month > 12) return { year, month: null, day: null }
  if (day === null || day < 1 || day > 31) return { year, month, day: null }
  return { year, month, day }
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** YYYY, YYYY-MM or YYYY-MM-DD. Concatenation instead of an array join: same text, no arrays per call. */
function format(date: PartialDate): string {
  let text = String(date.year)
  if (date.month !== null) text += `-${pad(date.month)}`
  if (date.day !== null) text += `-${pad(date.day)}`
  return text
}

/** Digits that differ between two full dates written YYYYMMDD. */
function differingDigits(a: PartialDate, b: PartialDate): number {
  const x = format(a).replace(/-/g, '')
  const y = format(b).replace(/-/g, '')
  let count = 0
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) count++
  return count
}

const feature = (code: string, contribution: number, detail: string): MatchFeature => ({ code, contribution, detail })

/** Compares the traveller's birth date with the listed one (either may be partial or missing). */
export function compareBirthDates(query: string | null, listed: string | null): MatchFeature {
  const q = parsePartialDate(query)
  const l = parsePartialDate(listed)
  const C = BIRTH_DATE_CONTRIBUTIONS
  if (q === null || l === null) {
    return feature('birth-date-unknown', C.unknown, `birth date not compared (${q === null ? 'traveller' : 'list'} has none)`)
  }
  const pair = `${format(q)} vs ${format(l)}`
  const bothFull = q.day !== null && l.day !== null

  if (bothFull && format(q) === format(l)) return feature('birth-date-exact', C.exact, `same birth date ${format(q)}`)
  if (bothFull && q.year === l.year && q.month === l.day && q.day === l.month) {
    return feature('birth-date-day-month-swapped', C.dayMonthSwapped, `${pair}: day and month swapped`)
  }
  if (bothFull && differingDigits(q, l) === 1) {
    return feature('birth-date-one-digit', C.oneDigit, `${pair}: one digit differs (possible typing or reading error)`)
  }
  if (q.year !== l.year) return feature('birth-date-year-differs', C.yearDiffers, `${pair}: different year`)
  if (q.month === null || l.month === null) {
    return feature('birth-date-year-match', C.yearMatch, `${pair}: same year; ${q.month === null ? 'traveller' : 'list'} date gives the year only`)
  }
  if (q.month !== l.month) return feature('birth-date-month-differs', C.monthDiffers, `${pair}: same year, different month`)
  if (q.day === null || l.day === null) {
    return feature('birth-date-month-match', C.monthMatch, `${pair}: same year and month; ${q.day === null ? 'traveller' : 'list'} date has no day`)
  }
  return feature('birth-date-day-differs', C.dayDiffers, `${pair}: same month, different day`)
}
