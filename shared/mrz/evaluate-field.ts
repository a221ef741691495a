// Judges one field: charset, content rules for its kind, and its own check digit.
import type { MrzFieldSpan } from './cells'
import { tryComputeCheckDigit } from './check-digit'
import { readMrzDate, type MrzDateReading } from './dates'
import { documentCodeIssues, invalidCharacterIssues, invalidCheckDigitCharacterIssues, sexIssues } from './field-rules'
import { stripTrailingFillers } from './fillers'
import type { MrzFormat } from './formats'
import type { MrzCheckDigit, MrzField, MrzIssue } from './types'
import { fieldWarnings } from './warnings'

/** A field's verdict plus, for dates, the reading (so the summary does not parse the date again). */
export interface MrzFieldEvaluation {
  field: MrzField
  date?: MrzDateReading
}

function cleanValue(span: MrzFieldSpan): string {
  // Sex '<' means "unspecified" and is a value in its own right, so it is kept.
  if (span.kind === 'sex') return span.text
  const trimmed = stripTrailingFillers(span.text)
  return span.kind === 'name' ? trimmed.replaceAll('<', ' ') : trimmed
}

function dateIssues(span: MrzFieldSpan, reading: MrzDateReading): MrzIssue[] {
  if (reading.iso !== null) return []
  const positions = reading.badOffsets.flatMap((offset) => span.positions[offset] ?? [])
  return [{ code: 'invalid-date', positions, actual: span.text }]
}

function contentIssues(span: MrzFieldSpan, format: MrzFormat): MrzIssue[] {
  switch (span.kind) {
    case 'sex':
      return sexIssues(span.text, span.positions)
    case 'code':
      return documentCodeIssues(format, span.text, span.positions)
    default:
      return []
  }
}

/**
 * Doc 9303 lets the TD3 personal-number check digit be '<' when the number is all fillers
 * (German passports do this).
 */
function fillerDigitAllowed(span: MrzFieldSpan, actual: string): boolean {
  return span.name === 'personalNumber' && actual === '<' && /^<*$/.test(span.text)
}

function evaluateCheckDigit(span: MrzFieldSpan, issues: MrzIssue[]): MrzCheckDigit | undefined {
  if (!span.checkDigit) return undefined
  issues.push(...invalidCheckDigitCharacterIssues(span.checkDigit))
  const computed = tryComputeCheckDigit(span.text)
  const expected = computed === null ? '' : String(computed)
  const actual = span.checkDigit.char
  const valid = computed !== null && (actual === expected || fillerDigitAllowed(span, actual))
  // Uncomputable (non-MRZ characters covered): the invalid-character issues already explain it.
  if (!valid && computed !== null) {
    issues.push({ code: 'check-digit-mismatch', positions: [...span.positions, span.checkDigit.position], expected, actual })
  }
  return { position: span.checkDigit.position, expected, actual, valid }
}

export function evaluateField(span: MrzFieldSpan, format: MrzFormat, currentYear: number): MrzFieldEvaluation {
  const issues: MrzIssue[] = invalidCharacterIssues(span.text, span.positions, span.kind)
  let date: MrzDateReading | undefined
  if (span.kind === 'date') {
    date = readMrzDate(span.text, span.name === 'birthDate' ? 'birth' : 'expiry', currentYear)
    issues.push(...dateIssues(span, date))
  } else {
    issues.push(...contentIssues(span, format))
  }
  const checkDigit = evaluateCheckDigit(span, issues)

  const field: MrzField = {
    name: span.name,
    raw: span.text,
    value: cleanValue(span),
    positions: span.positions,
    valid: issues.length === 0 && (checkDigit?.valid ?? true),
    issues,
    warnings: fieldWarnings(span),
  }
  if (checkDigit) field.checkDigit = checkDigit
  return date ? { field, date } : { field }
}
