// Field warnings: things real documents do that the officer should know about, but that must not
// fail the document at primary (reference §1.2 "Sex", §1.3 "Truncation").
import type { MrzFieldSpan } from './cells'
import type { MrzWarning } from './types'

function isLetter(char: string): boolean {
  return char >= 'A' && char <= 'Z' && char.length === 1
}

export function fieldWarnings(span: MrzFieldSpan): MrzWarning[] {
  if (span.kind === 'sex' && span.text === 'X') {
    // Accepted (field-rules.ts) but not ICAO: say so, so the officer checks the VIZ.
    const position = span.positions[0]
    return position ? [{ code: 'sex-unspecified-x', positions: [position], expected: 'M|F|<', actual: 'X' }] : []
  }
  if (span.kind === 'name') {
    // A full field that ends in a letter may have been cut (Doc 9303 Part 3 §4.6): the name to
    // compare with watch lists is the VIZ one. A name that fits exactly is indistinguishable, hence a warning.
    const lastIndex = span.text.length - 1
    const position = span.positions[lastIndex]
    if (position && isLetter(span.text.charAt(lastIndex))) {
      return [{ code: 'name-truncated', positions: [position], actual: span.text }]
    }
  }
  return []
}
