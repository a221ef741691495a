import { afterEach, describe, expect, it, vi } from 'vitest'
import { parseMrz } from './index'

const withBirthDate = (yymmdd: string): string[] => [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  `L898902C36UTO${yymmdd}0F1204159ZE184226B<<<<<10`,
]

describe('default "today" (no option): the birth-century pivot follows the clock exactly', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('switches at local New Year, even though the year is cached between parses', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 11, 31, 23, 59, 59))
    expect(parseMrz(withBirthDate('270101')).birthDate).toBe('1927-01-01')
    vi.setSystemTime(new Date(2027, 0, 1, 0, 0, 1))
    expect(parseMrz(withBirthDate('270101')).birthDate).toBe('2027-01-01')
    // And back, should the clock be corrected backwards.
    vi.setSystemTime(new Date(2026, 5, 1))
    expect(parseMrz(withBirthDate('270101')).birthDate).toBe('1927-01-01')
  })
})
