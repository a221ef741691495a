// Content rules for single fields. Each returns issues (codes + raw values), never English text.
import type { MrzCell } from './cells'
import { isMrzCharset } from './check-digit'
import type { MrzFieldKind, MrzFormat } from './formats'
import type { MrzIssue } from './types'

/** Names and codes are letters only: a digit there (e.g. 'N0R') slips past every check digit, so flag it here. */
function fitsKind(kind: MrzFieldKind, c: string): boolean {
  if (c.length !== 1 || !isMrzCharset(c)) return false
  switch (kind) {
    case 'alpha':
    case 'name':
    case 'code':
      return c === '<' || (c >= 'A' && c <= 'Z')
    case 'numeric':
      return c === '<' || (c >= '0' && c <= '9')
    default:
      // Dates and sex have their own issue codes; here only the charset matters.
      return true
  }
}

/** One issue per offending character so the UI can mark each cell. */
export function invalidCharacterIssues(cells: readonly MrzCell[], kind: MrzFieldKind): MrzIssue[] {
  return cells
    .filter((cell) => !fitsKind(kind, cell.char))
    .map((cell): MrzIssue => ({ code: 'invalid-character', positions: [cell.position], expected: kind, actual: cell.char }))
}

/** Check digits are judged by the mismatch rule; here only characters outside the MRZ charset are reported. */
export function invalidCheckDigitCharacterIssues(cell: MrzCell): MrzIssue[] {
  if (cell.char.length === 1 && isMrzCharset(cell.char)) return []
  return [{ code: 'invalid-character', positions: [cell.position], expected: 'numeric', actual: cell.char }]
}

const ID_CARD_FIRST_LETTERS = ['A', 'C', 'I']

/** TD3 starts with P; TD1/TD2 with A, C or I and never V second (that would be a visa). */
export function documentCodeIssues(format: MrzFormat, cells: readonly MrzCell[]): MrzIssue[] {
  const [first, second] = cells
  if (!first || !second) return []
  const issues: MrzIssue[] = []
  if (format === 'TD3') {
    if (first.char !== 'P') {
      issues.push({ code: 'invalid-document-code', positions: [first.position], expected: 'P', actual: first.char })
    }
    return issues
  }
  if (!ID_CARD_FIRST_LETTERS.includes(first.char)) {
    issues.push({
      code: 'invalid-document-code',
      positions: [first.position],
      expected: ID_CARD_FIRST_LETTERS.join('|'),
      actual: first.char,
    })
  }
  if (second.char === 'V') {
    issues.push({ code: 'invalid-document-code', positions: [second.position], actual: second.char })
  }
  return issues
}

// Doc 9303 allows M, F and '<' in the MRZ. 'X' belongs to the VIZ, but some real passports print it
// and failing a traveller at primary is worse, so it is accepted (a later issue adds a warning).
const ICAO_SEX_CODES = ['M', 'F', '<']
const ACCEPTED_SEX_CODES = [...ICAO_SEX_CODES, 'X']

export function sexIssues(cells: readonly MrzCell[]): MrzIssue[] {
  return cells
    .filter((cell) => !ACCEPTED_SEX_CODES.includes(cell.char))
    .map((cell): MrzIssue => ({
      code: 'invalid-sex',
      positions: [cell.position],
      expected: ICAO_SEX_CODES.join('|'),
      actual: cell.char,
    }))
}
