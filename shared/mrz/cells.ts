// A field seen as its characters plus the cells they occupy, so parser rules can point at exact positions.
// Text and positions are kept side by side (not one object per character): parsing is on the hot path.
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
  /** The field's characters, in reading order. */
  text: string
  /** One position per character of `text`. */
  positions: MrzPosition[]
  checkDigit?: MrzCell
}

// Every MRZ cell has one shared, frozen position object: results reference them instead of allocating
// ~130 objects per parse (the benchmark's largest cost). Frozen so a consumer cannot corrupt other results.
const GRID_LINES = 3
const GRID_COLUMNS = 44
const POSITION_GRID: ReadonlyArray<readonly MrzPosition[]> = Array.from({ length: GRID_LINES }, (_, line) =>
  Array.from({ length: GRID_COLUMNS }, (_, column) => Object.freeze({ line, column })),
)

/** The shared position of a cell; a fresh object outside the largest MRZ (3 lines, 44 columns). */
export function positionAt(line: number, column: number): MrzPosition {
  return POSITION_GRID[line]?.[column] ?? { line, column }
}

/** charAt gives '' past the end instead of undefined; callers have already checked line lengths. */
export function cellAt(lines: readonly string[], line: number, column: number): MrzCell {
  return { char: (lines[line] ?? '').charAt(column), position: positionAt(line, column) }
}

export function textOf(lines: readonly string[], range: MrzRange): string {
  return (lines[range.line] ?? '').substr(range.start, range.length)
}

export function positionsOf(range: MrzRange): MrzPosition[] {
  const row = POSITION_GRID[range.line]
  if (row !== undefined && range.start + range.length <= row.length) return row.slice(range.start, range.start + range.length)
  return Array.from({ length: range.length }, (_, i) => positionAt(range.line, range.start + i))
}
