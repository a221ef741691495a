// Turns the layout table into the cells each field occupies on a given MRZ.
import { cellAt, positionsOf, textOf, type MrzFieldSpan } from './cells'
import type { MrzFormatLayout } from './formats'
import { applyTd1Overflow } from './td1-overflow'

export function fieldSpans(layout: MrzFormatLayout, lines: readonly string[]): MrzFieldSpan[] {
  const spans = layout.fields.map((field): MrzFieldSpan => {
    const span: MrzFieldSpan = { name: field.name, kind: field.kind, text: textOf(lines, field), positions: positionsOf(field) }
    if (field.checkDigitColumn !== undefined) span.checkDigit = cellAt(lines, field.line, field.checkDigitColumn)
    return span
  })
  // Only TD1 has the overflow rule in the reference (Doc 9303 Part 5).
  return layout.format === 'TD1' ? applyTd1Overflow(spans) : spans
}
