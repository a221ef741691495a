// A field seen as the character cells it occupies, so parser rules can point at exact positions.
import type { MrzFieldKind, MrzFieldName, MrzRange } from './formats'
import type { MrzPosition } from './types'

export interface MrzCell {
  char: string
  position: MrzPosition
}

/** Where a field sits on this particular MRZ (layout table, adjusted for TD1 overflow). */
export interface MrzFieldSpan {
  name: MrzFieldName
  kind: MrzFieldKind
  cells: MrzCell[]
  checkDigit?: MrzCell
}

/** charAt gives '' past the end instead of undefined; callers have already checked line lengths. */
export function cellAt(lines: readonly string[], line: number, column: number): MrzCell {
  return { char: (lines[line] ?? '').charAt(column), position: { line, column } }
}

export function cellsOf(lines: readonly string[], range: MrzRange): MrzCell[] {
  return Array.from({ length: range.length }, (_, i) => cellAt(lines, range.line, range.start + i))
}

export function textOf(cells: readonly MrzCell[]): string {
  return cells.map((cell) => cell.char).join('')
}
