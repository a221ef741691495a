// Issuer and nationality have no check digit, so an OCR digit-for-letter swap ('N0R') only shows
// as an unknown code. Offering the look-alike known code helps the officer confirm it on the page.
import { lookupStateCode, normaliseStateCode } from './state-codes'

const DIGIT_TO_LETTER: Readonly<Record<string, string>> = {
  '0': 'O',
  '1': 'I',
  '2': 'Z',
  '5': 'S',
  '6': 'G',
  '8': 'B',
}

/** A known code that differs from `code` only by look-alike digits ('N0R' → 'NOR'), or null. */
export function suggestStateCode(code: string): string | null {
  const normalised = normaliseStateCode(code)
  const replaced = [...normalised].map((char) => DIGIT_TO_LETTER[char] ?? char).join('')
  if (replaced === normalised) return null
  return lookupStateCode(replaced)?.code ?? null
}
