// The composite check digit guards the number, dates and optional data together
// (not the name, state, nationality or sex: those no check digit covers).
import { cellAt, cellsOf, textOf } from './cells'
import { tryComputeCheckDigit } from './check-digit'
import { invalidCheckDigitCharacterIssues } from './field-rules'
import type { MrzCompositeLayout } from './formats'
import type { MrzField, MrzIssue } from './types'

export function evaluateComposite(layout: MrzCompositeLayout, lines: readonly string[]): MrzField {
  const cells = layout.ranges.flatMap((range) => cellsOf(lines, range))
  const raw = textOf(cells)
  const positions = cells.map((cell) => cell.position)
  const digit = cellAt(lines, layout.line, layout.column)

  // Covered characters belong to other fields, which report their own invalid characters.
  const issues: MrzIssue[] = invalidCheckDigitCharacterIssues(digit)
  const computed = tryComputeCheckDigit(raw)
  const expected = computed === null ? '' : String(computed)
  const valid = computed !== null && digit.char === expected
  if (!valid && computed !== null) {
    issues.push({
      code: 'composite-check-digit-mismatch',
      positions: [...positions, digit.position],
      expected,
      actual: digit.char,
    })
  }

  return {
    name: 'composite',
    raw,
    value: raw,
    positions,
    checkDigit: { position: digit.position, expected, actual: digit.char, valid },
    valid: valid && issues.length === 0,
    issues,
  }
}
