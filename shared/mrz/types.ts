// Result types of parseMrz. Issues carry codes and raw values only: the UI translates the codes (i18n).
import type { MrzFieldName, MrzFormat } from './formats'

export type { MrzFieldName, MrzFormat }

/** A character cell of the MRZ; both indexes 0-based. */
export interface MrzPosition {
  line: number
  column: number
}

export type MrzIssueCode =
  | 'wrong-line-count'
  | 'wrong-line-length'
  | 'invalid-character'
  | 'check-digit-mismatch'
  | 'composite-check-digit-mismatch'
  | 'invalid-date'
  | 'invalid-sex'
  | 'invalid-document-code'

export interface MrzIssue {
  code: MrzIssueCode
  /** Which characters failed (for a check digit mismatch: the covered characters and the digit). */
  positions: MrzPosition[]
  expected?: string
  actual?: string
}

export interface MrzCheckDigit {
  position: MrzPosition
  /** The digit the covered characters give; '' when they hold non-MRZ characters and no digit can be computed. */
  expected: string
  actual: string
  valid: boolean
}

export interface MrzField {
  name: MrzFieldName
  /** Characters exactly as on the MRZ (TD1 overflow: the full reassembled document number). */
  raw: string
  /** Cleaned: trailing '<' removed; for names every '<' becomes a space. */
  value: string
  /** One position per character of `raw`, in the same order; the check digit is in `checkDigit`. */
  positions: MrzPosition[]
  checkDigit?: MrzCheckDigit
  valid: boolean
  issues: MrzIssue[]
}

export interface MrzParseOptions {
  /** "Now" for the birth-date century pivot; defaults to the current date. */
  today?: Date
}

export interface MrzParseResult {
  format: MrzFormat | null
  /** Every field valid and every check digit passes (and no structural issue). */
  valid: boolean
  lines: string[]
  fields: MrzField[]
  /** Structural issues (line count/length) plus all field issues, flattened. */
  issues: MrzIssue[]
  documentCode: string
  issuingState: string
  surname: string
  givenNames: string
  documentNumber: string
  nationality: string
  sex: 'M' | 'F' | 'X' | '<' | string
  /** ISO yyyy-mm-dd, null if invalid; 19YY if YY is later than today's YY, else 20YY. */
  birthDate: string | null
  /** ISO yyyy-mm-dd, null if invalid; always 20YY. */
  expiryDate: string | null
  optionalData: string
}
