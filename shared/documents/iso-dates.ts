// Calendar-day arithmetic on ISO yyyy-mm-dd strings. Days are counted in UTC so daylight saving
// never shifts a date; "today" is the workstation's local calendar day.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Today's local calendar day as ISO; an ISO string is checked and passed through. */
export function toIsoDay(today: Date | string): string {
  if (typeof today === 'string') {
    if (!isIsoDate(today)) throw new RangeError(`today must be an ISO yyyy-mm-dd date, got '${today}'`)
    return today
  }
  if (Number.isNaN(today.getTime())) throw new RangeError('today is an invalid Date')
  return formatIsoDay(today.getFullYear(), today.getMonth() + 1, today.getDate())
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function formatIsoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number)
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1) / 86_400_000
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from))
}

/**
 * The same calendar day `years` later (or earlier, when negative).
 * 29 February becomes 28 February in a common year: the anniversary has not passed before the 28th ends.
 */
export function addYears(iso: string, years: number): string {
  const [year, month, day] = iso.split('-').map(Number)
  const targetYear = (year ?? 0) + years
  const isLeap = (targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0
  const targetDay = month === 2 && day === 29 && !isLeap ? 28 : (day ?? 1)
  return formatIsoDay(targetYear, month ?? 1, targetDay)
}

/** Completed years from `birth` to `on` (the age on that day). */
export function completedYears(birth: string, on: string): number {
  const [birthYear, birthMonth, birthDay] = birth.split('-').map(Number)
  const [onYear, onMonth, onDay] = on.split('-').map(Number)
  const years = (onYear ?? 0) - (birthYear ?? 0)
  const birthdayPassed = (onMonth ?? 0) * 100 + (onDay ?? 0) >= (birthMonth ?? 0) * 100 + (birthDay ?? 0)
  return birthdayPassed ? years : years - 1
}
