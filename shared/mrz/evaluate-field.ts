// Judges one field: charset, content rules for its kind, and its own check digit.
import { textOf, type MrzFieldSpan } from './cells'
import { tryComputeCheckDigit } from './check-digit'
import { readMrzDate } from './dates'
import { documentCodeIssues, invalidCharacterIssues, invalidCheckDigitCharacterIssues, sexIssues } from './field-rules'
import { stripTrailingFillers } from './fillers'
import type { MrzFormat } from './formats'
import type { MrzCheckDigit, MrzField, MrzIssue } from './types'

function cleanValue(span: MrzFieldSpan, raw: string): string {
  // Sex '<' means "unspecified" and is a value in its own right, so it is kept.
  if (span.kind === 'sex') return raw
  const trimmed = stripTrailingFillers(raw)
  return span.kind === 'name' ? trimmed.replace(/</g, ' ') : trimmed
}

function contentIssues(span: MrzFieldSpan, raw: string, format: MrzFormat, today: Date): MrzIssue[] {
  switch (span.kind) {
    case 'date': {
      const reading = readMrzDate(raw, span.name === 'birthDate' ? 'birth' : 'expiry', today)
      if (reading.iso !== null) return []
      const positions = reading.badOffsets.flatMap((offset) => span.cells[offset]?.position ?? [])
      return [{ code: 'invalid-date', positions, actual: raw }]
    }
    case 'sex':
      return sexIssues(span.cells)
    case 'code':
      return documentCodeIssues(format, span.cells)
    default:
      return []
  }
}

/**
 * Doc 9303 lets the TD3 personal-number check digit be '<' when the number is all fillers
 * (German passports do this).
 */
function fillerDigitAllowed(span: MrzFieldSpan, raw: string, actual: string): boolean {
  return span.name === 'personalNumber' && actual === '<' && /^<*$/.test(raw)
}

export function evaluateField(span: MrzFieldSpan, format: MrzFormat, today: Date): MrzField {
  const raw = textOf(span.cells)
  const positions = span.cells.map((cell) => cell.position)
  const issues: MrzIssue[] = [...invalidCharacterIssues(span.cells, span.kind), ...contentIssues(span, raw, format, today)]

  let checkDigit: MrzCheckDigit | undefined
  if (span.checkDigit) {
    issues.push(...invalidCheckDigitCharacterIssues(span.checkDigit))
    const computed = tryComputeCheckDigit(raw)
    const expected = computed === null ? '' : String(computed)
    const actual = span.checkDigit.char
    const valid = computed !== null && (actual === expected || fillerDigitAllowed(span, raw, actual))
    checkDigit = { position: span.checkDigit.position, expected, actual, valid }
    // Uncomputable (non-MRZ characters covered): the invalid-character issues already explain it.
    if (!valid && computed !== null) {
      issues.push({ code: 'check-digit-mismatch', positions: [...positions, span.checkDigit.position], expected, actual })
    }
  }

  const field: MrzField = {
    name: span.name,
    raw,
    value: cleanValue(span, raw),
    positions,
    valid: issues.length === 0 && (checkDigit?.valid ?? true),
    issues,
  }
  if (checkDigit) field.checkDigit = checkDigit
  return field
}
