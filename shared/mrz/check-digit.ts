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

/** Weights repeat 7, 3, 1 from the first covered character. */
function weightAt(index: number): number {
  const phase = index % 3
  return phase === 0 ? 7 : phase === 1 ? 3 : 1
}

/** Check digit (0–9) over `s`. Throws RangeError if `s` holds a non-MRZ character. */
export function computeCheckDigit(s: string): number {
  let sum = 0
  for (let i = 0; i < s.length; i++) sum += mrzCharValue(s.charAt(i)) * weightAt(i)
  return sum % 10
}

/** Like computeCheckDigit, but null instead of throwing: the parser must never throw on scanned content. */
export function tryComputeCheckDigit(s: string): number | null {
  return isMrzCharset(s) ? computeCheckDigit(s) : null
}
