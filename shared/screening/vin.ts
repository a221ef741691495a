// Vehicle identification numbers (ISO 3779): 17 characters, never I, O or Q (too like 1 and 0).
// The check digit at position 9 is mandatory in North America only; European and most other
// VINs put a manufacturer character there, so a failed check is a warning, never an error.

export interface VinIssue {
  code: 'vin-length' | 'vin-invalid-characters' | 'vin-forbidden-letters' | 'vin-check-digit'
  severity: 'error' | 'warning'
  detail: string
}

export interface VinValidation {
  /** The normalised VIN (upper case, separators removed). */
  vin: string
  /** No error-level issue (a check-digit warning still counts as valid). */
  valid: boolean
  issues: VinIssue[]
}

export const VIN_LENGTH = 17
const CHECK_DIGIT_INDEX = 8
const WEIGHTS: readonly number[] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
/** Letter values of the North-American check (49 CFR 565.15); I, O, Q have none. */
const LETTER_VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8,
  J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
}

/** Upper case, spaces, dashes and dots removed: ' 1m8gdm9a-xkp042788 ' → '1M8GDM9AXKP042788'. */
export function normaliseVin(vin: string): string {
  return vin.toUpperCase().replace(/[\s\-.]/g, '')
}

function characterValue(char: string): number | null {
  if (char >= '0' && char <= '9') return Number(char)
  return LETTER_VALUES[char] ?? null
}

/** The North-American check digit ('0'–'9' or 'X') of a 17-character VIN, or null if it has characters without a value. */
export function vinCheckDigit(vin: string): string | null {
  const normalised = normaliseVin(vin)
  if (normalised.length !== VIN_LENGTH) return null
  let sum = 0
  for (let i = 0; i < VIN_LENGTH; i++) {
    const value = characterValue(normalised[i] as string)
    if (value === null) return null
    sum += value * (WEIGHTS[i] as number)
  }
  const remainder = sum % 11
  return remainder === 10 ? 'X' : String(remainder)
}

export function validateVin(vin: string): VinValidation {
  const normalised = normaliseVin(vin)
  const issues: VinIssue[] = []
  if (normalised.length !== VIN_LENGTH) {
    issues.push({ code: 'vin-length', severity: 'error', detail: `${normalised.length} characters, a VIN has ${VIN_LENGTH}` })
  }
  const invalid = [...new Set(normalised.replace(/[A-Z0-9]/g, ''))]
  if (invalid.length > 0) {
    issues.push({ code: 'vin-invalid-characters', severity: 'error', detail: `characters a VIN never has: ${invalid.join(' ')}` })
  }
  const forbidden = [...new Set(normalised.replace(/[^IOQ]/g, ''))]
  if (forbidden.length > 0) {
    issues.push({
      code: 'vin-forbidden-letters',
      severity: 'error',
      detail: `not allowed in a VIN: ${forbidden.join(', ')} (probably ${forbidden.map((c) => (c === 'I' ? '1' : '0')).join(', ')})`,
    })
  }
  if (issues.length === 0) {
    const expected = vinCheckDigit(normalised)
    const actual = normalised[CHECK_DIGIT_INDEX]
    if (expected !== null && actual !== expected) {
      // World manufacturer identifiers starting 1–5 are North American, where the check is mandatory.
      const northAmerican = /^[1-5]/.test(normalised)
      issues.push({
        code: 'vin-check-digit',
        severity: 'warning',
        detail: `position 9 is ${actual}, the North-American check digit would be ${expected}${
          northAmerican ? ' (North-American manufacturer: check the VIN on the vehicle)' : ' (not required outside North America)'
        }`,
      })
    }
  }
  return { vin: normalised, valid: issues.every((i) => i.severity !== 'error'), issues }
}
