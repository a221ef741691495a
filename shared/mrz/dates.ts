// YYMMDD dates of the MRZ. No century is stored, so it is inferred by role.

export type MrzDateRole = 'birth' | 'expiry'

export interface MrzDateReading {
  /** ISO yyyy-mm-dd, or null when the date is not a real calendar day. */
  iso: string | null
  /** Offsets (0–5) of the characters that make the date invalid; empty when valid. */
  badOffsets: number[]
}

/**
 * Birth dates cannot lie in the future, so YY later than this year means 19YY.
 * Expiry dates are always 20YY (documents valid at most ~10 years).
 */
function fullYear(yy: number, role: MrzDateRole, currentYear: number): number {
  if (role === 'expiry') return 2000 + yy
  return yy > currentYear % 100 ? 1900 + yy : 2000 + yy
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29
  return DAYS_IN_MONTH[month - 1] ?? 0
}

const ALL_OFFSETS = [0, 1, 2, 3, 4, 5]

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/** Two digits at `offset` as a number; the caller has checked they are digits. */
function twoDigits(raw: string, offset: number): number {
  return (raw.charCodeAt(offset) - 48) * 10 + (raw.charCodeAt(offset + 1) - 48)
}

/** `currentYear` (today's full year) is what the birth-date century pivot compares with. */
export function readMrzDate(raw: string, role: MrzDateRole, currentYear: number): MrzDateReading {
  if (raw.length !== 6) return { iso: null, badOffsets: ALL_OFFSETS.filter((i) => i < raw.length) }

  // Unknown parts ('<<') are not accepted: the workstation wants a real date to compare.
  const nonDigits: number[] = []
  for (let i = 0; i < 6; i++) if (!isDigitCode(raw.charCodeAt(i))) nonDigits.push(i)
  if (nonDigits.length > 0) return { iso: null, badOffsets: nonDigits }

  const yy = twoDigits(raw, 0)
  const month = twoDigits(raw, 2)
  const day = twoDigits(raw, 4)
  if (month < 1 || month > 12) return { iso: null, badOffsets: [2, 3] }

  const year = fullYear(yy, role, currentYear)
  if (day < 1 || day > daysInMonth(year, month)) return { iso: null, badOffsets: [4, 5] }

  return { iso: `${year}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`, badOffsets: [] }
}
