import { describe, expect, it } from 'vitest'
import { ageOn, daysBetween, postClock } from './calendar'

describe('calendar', () => {
  it('reads the post clock in its own time zone', () => {
    const at = new Date('2026-11-29T23:30:00Z') // a Sunday in UTC
    expect(postClock(at, 'UTC')).toEqual({ date: '2026-11-29', hour: 23, dayOfWeek: 'sun' })
    expect(postClock(at, 'Europe/Helsinki')).toEqual({ date: '2026-11-30', hour: 1, dayOfWeek: 'mon' })
  })

  it('counts full years, birthdays included', () => {
    expect(ageOn('2008-11-25', '2026-11-25')).toBe(18)
    expect(ageOn('2008-11-26', '2026-11-25')).toBe(17)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn(null, '2026-11-25')).toBeNull()
    expect(ageOn('1974', '2026-11-25')).toBeNull()
  })

  it('counts days to a date, negative once past', () => {
    expect(daysBetween('2026-11-25', '2026-12-25')).toBe(30)
    expect(daysBetween('2026-11-25', '2026-11-20')).toBe(-5)
    expect(daysBetween('2026-11-25', null)).toBeNull()
  })
})
