// ICAO Doc 9303 Part 3 check digit: 7-3-1 weighted sum of character values, mod 10.

/** Doc 9303 allows only upper-case A–Z, digits and the filler '<' (no lower case, no diacritics). */
const MRZ_CHARSET = /^[A-Z0-9<]*$/

export function isMrzCharset(s: string): boolean {
  return MRZ_CHARSET.test(s)
}

/**
 * Value of one MRZ character: digits are themselves, A=10 … Z=35, '<'=0.
 * Throws RangeError for anything else: a silent 0 would hide bad input behind a passing check digit.
 */
export function mrzCharValue(c: string): number {
  if (c === '<') return 0
  if (c.length === 1) {
    const code = c.charCodeAt(0)
    if (code >= 48 && code <= 57) return code - 48 // '0'..'9'
    if (code >= 65 && code <= 90) return code - 55 // 'A'..'Z' → 10..35
  }
  throw new RangeError(`Not an MRZ character: ${JSON.stringify(c)}`)
}

/** Value of the character code, or -1 outside the MRZ charset. Codes, not strings: this runs on every parse. */
function codeValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48 // '0'..'9'
  if (code >= 65 && code <= 90) return code - 55 // 'A'..'Z' → 10..35
  return code === 60 ? 0 : -1 // '<'
}

/** Check digit (0–9) over `s`, or -1 if `s` holds a non-MRZ character. */
function checkDigitOrMinusOne(s: string): number {
  let sum = 0
  let weight = 7 // weights repeat 7, 3, 1 from the first covered character
  for (let i = 0; i < s.length; i++) {
    const value = codeValue(s.charCodeAt(i))
    if (value < 0) return -1
    sum += value * weight
    weight = weight === 7 ? 3 : weight === 3 ? 1 : 7
  }
  return sum % 10
}

/** Check digit (0–9) over `s`. Throws RangeError if `s` holds a non-MRZ character. */
export function computeCheckDigit(s: string): number {
  const digit = checkDigitOrMinusOne(s)
  if (digit < 0) throw new RangeError(`Not MRZ characters: ${JSON.stringify(s)}`)
  return digit
}

/** Like computeCheckDigit, but null instead of throwing: the parser must never throw on scanned content. */
export function tryComputeCheckDigit(s: string): number | null {
  const digit = checkDigitOrMinusOne(s)
  return digit < 0 ? null : digit
}
