// The composite check digit guards the number, dates and optional data together
// (not the name, state, nationality or sex: those no check digit covers).
import { cellAt, positionsOf, textOf } from './cells'
import { tryComputeCheckDigit } from './check-digit'
import { invalidCheckDigitCharacterIssues } from './field-rules'
import type { MrzCompositeLayout } from './formats'
import type { MrzField, MrzIssue, MrzPosition } from './types'

// The covered positions depend on the layout only: computed once per layout, copied per result.
const COVERED_POSITIONS = new WeakMap<MrzCompositeLayout, readonly MrzPosition[]>()

function coveredPositions(layout: MrzCompositeLayout): readonly MrzPosition[] {
  let positions = COVERED_POSITIONS.get(layout)
  if (!positions) {
    positions = layout.ranges.flatMap(positionsOf)
    COVERED_POSITIONS.set(layout, positions)
  }
  return positions
}

export function evaluateComposite(layout: MrzCompositeLayout, lines: readonly string[]): MrzField {
  let raw = ''
  for (const range of layout.ranges) raw += textOf(lines, range)
  const positions = coveredPositions(layout).slice()
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
    warnings: [],
  }
}
