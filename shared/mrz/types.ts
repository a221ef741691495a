// Result types of parseMrz. Issues carry codes and raw values only: the UI translates the codes (i18n).
import type { MrzFieldName, MrzFormat } from './formats'

export type { MrzFieldName, MrzFormat }

/** A character cell of the MRZ; both indexes 0-based. */
export interface MrzPosition {
  line: number
  column: number
}

/** Problems: any of these makes its field (and the result) invalid. */
export type MrzIssueCode =
  | 'wrong-line-count'
  | 'wrong-line-length'
  | 'invalid-character'
  | 'check-digit-mismatch'
  | 'composite-check-digit-mismatch'
  | 'invalid-date'
  | 'invalid-sex'
  | 'invalid-document-code'

/**
 * Remarks for the officer that never make a result invalid: a hard failure at primary
 * for something real documents do is worse than a note (reference §1.2, §1.3).
 */
export type MrzWarningCode =
  /** Sex 'X': Doc 9303 reserves it for the VIZ, but some real passports print it in the MRZ. */
  | 'sex-unspecified-x'
  /** The name fills its field and ends in a letter: Doc 9303 truncation, the full name is only in the VIZ. */
  | 'name-truncated'

/**
 * `Code` defaults to the problem codes so `MrzIssue` keeps its old meaning;
 * warnings are `MrzIssue<MrzWarningCode>` (alias `MrzWarning`).
 */
export interface MrzIssue<Code extends MrzIssueCode | MrzWarningCode = MrzIssueCode> {
  code: Code
  /** Which characters failed (for a check digit mismatch: the covered characters and the digit). */
  positions: MrzPosition[]
  expected?: string
  actual?: string
}

export type MrzWarning = MrzIssue<MrzWarningCode>

export interface MrzCheckDigit {
  position: MrzPosition
  /** The digit the covered characters give; '' when they hold non-MRZ characters and no digit can be computed. */
  expected: string
  actual: string
  valid: boolean
}

export interface MrzField {
  name: MrzFieldName
  /**
   * Characters of the field as evaluated: the MRZ as read, after OCR correction if enabled
   * (`MrzParseResult.corrections` keeps what was read). TD1 overflow: the full reassembled document number.
   */
  raw: string
  /** Cleaned: trailing '<' removed; for names every '<' becomes a space. */
  value: string
  /** One position per character of `raw`, in the same order; the check digit is in `checkDigit`. */
  positions: MrzPosition[]
  checkDigit?: MrzCheckDigit
  valid: boolean
  issues: MrzIssue[]
  /** Remarks that do not affect `valid`. */
  warnings: MrzWarning[]
}

/** One OCR slip repaired because the field type allows only digits (or only letters) there. */
export interface MrzCorrection {
  /** The field the character belongs to; a field's check digit counts as that field ('composite' for its digit). */
  field: MrzFieldName
  position: MrzPosition
  original: string
  corrected: string
}

/**
 * A character of a check-digit-protected alphanumeric field that has an OCR-B look-alike with the same
 * check-digit value mod 10: had the reader swapped them, no check digit could tell (reference §1.1).
 * The UI highlights these so the officer compares them with the printed page.
 */
export interface MrzOcrRisk {
  field: MrzFieldName
  position: MrzPosition
  character: string
  confusableWith: string[]
}

export interface MrzParseOptions {
  /** "Now" for the birth-date century pivot; defaults to the current date. */
  today?: Date
  /**
   * Repair OCR slips where the field type makes it unambiguous (letters in dates and check digits,
   * digits in codes, states and names); default true. Never guided by whether a check digit then passes.
   */
  correctOcr?: boolean
}

export interface MrzParseResult {
  format: MrzFormat | null
  /** Every field valid and every check digit passes (and no structural issue). Warnings do not count. */
  valid: boolean
  /** The input exactly as given. */
  lines: string[]
  /** The lines the fields were evaluated on: `lines` with `corrections` applied. */
  correctedLines: string[]
  fields: MrzField[]
  /** Structural issues (line count/length) plus all field issues, flattened. */
  issues: MrzIssue[]
  /** All field warnings, flattened. */
  warnings: MrzWarning[]
  /** Every OCR correction applied, in field order. */
  corrections: MrzCorrection[]
  /** Characters whose OCR confusion no check digit would catch. */
  ocrRisks: MrzOcrRisk[]
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
