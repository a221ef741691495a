// Content rules for single fields. Each returns issues (codes + raw values), never English text.
import type { MrzCell } from './cells'
import type { MrzFieldKind, MrzFormat } from './formats'
import type { MrzIssue, MrzPosition } from './types'

// Whole-field tests first: almost every field is clean, so the per-character scan is the rare path.
const LETTERS_OR_FILLER = /^[A-Z<]*$/
const DIGITS_OR_FILLER = /^[0-9<]*$/
const MRZ_CHARSET = /^[A-Z0-9<]*$/

/** Names and codes are letters only: a digit there (e.g. 'N0R') slips past every check digit, so flag it here. */
function patternOf(kind: MrzFieldKind): RegExp {
  switch (kind) {
    case 'alpha':
    case 'name':
    case 'code':
      return LETTERS_OR_FILLER
    case 'numeric':
      return DIGITS_OR_FILLER
    default:
      // Dates and sex have their own issue codes; here only the charset matters.
      return MRZ_CHARSET
  }
}

/** One issue per offending character so the UI can mark each cell. */
export function invalidCharacterIssues(text: string, positions: readonly MrzPosition[], kind: MrzFieldKind): MrzIssue[] {
  const pattern = patternOf(kind)
  if (pattern.test(text)) return []
  const issues: MrzIssue[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const position = positions[i]
    if (position !== undefined && !pattern.test(char)) {
      issues.push({ code: 'invalid-character', positions: [position], expected: kind, actual: char })
    }
  }
  return issues
}

/** Check digits are judged by the mismatch rule; here only characters outside the MRZ charset are reported. */
export function invalidCheckDigitCharacterIssues(cell: MrzCell): MrzIssue[] {
  if (cell.char.length === 1 && MRZ_CHARSET.test(cell.char)) return []
  return [{ code: 'invalid-character', positions: [cell.position], expected: 'numeric', actual: cell.char }]
}

const ID_CARD_FIRST_LETTERS = ['A', 'C', 'I']

/** The letter each format must start with (reference §1.2 "Document codes"). */
function requiredFirstLetters(format: MrzFormat): string[] {
  switch (format) {
    case 'TD3':
      return ['P']
    case 'MRV-A':
    case 'MRV-B':
      return ['V']
    case 'TD1':
    case 'TD2':
      return ID_CARD_FIRST_LETTERS
  }
}

/** TD3 starts with P, visas with V; TD1/TD2 with A, C or I and never V second (that would be a visa). */
export function documentCodeIssues(format: MrzFormat, text: string, positions: readonly MrzPosition[]): MrzIssue[] {
  const [firstPosition, secondPosition] = positions
  if (text.length < 2 || !firstPosition || !secondPosition) return []
  const first = text.charAt(0)
  const second = text.charAt(1)
  const issues: MrzIssue[] = []
  const allowed = requiredFirstLetters(format)
  if (!allowed.includes(first)) {
    issues.push({ code: 'invalid-document-code', positions: [firstPosition], expected: allowed.join('|'), actual: first })
  }
  if ((format === 'TD1' || format === 'TD2') && second === 'V') {
    issues.push({ code: 'invalid-document-code', positions: [secondPosition], actual: second })
  }
  return issues
}

// Doc 9303 allows M, F and '<' in the MRZ. 'X' belongs to the VIZ, but some real passports print it
// and failing a traveller at primary is worse, so it is accepted with a warning (see warnings.ts).
const ICAO_SEX_CODES = ['M', 'F', '<']
const ACCEPTED_SEX_CODES = [...ICAO_SEX_CODES, 'X']

export function sexIssues(text: string, positions: readonly MrzPosition[]): MrzIssue[] {
  const issues: MrzIssue[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const position = positions[i]
    if (position !== undefined && !ACCEPTED_SEX_CODES.includes(char)) {
      issues.push({ code: 'invalid-sex', positions: [position], expected: ICAO_SEX_CODES.join('|'), actual: char })
    }
  }
  return issues
}
