// Structural problems (line count and length) found when no format matches.
import type { MrzIssue } from './types'

const TD1_LENGTH = 30
const TWO_LINE_LENGTHS = [36, 44] // TD2, TD3

/** Best guess at the intended length, so the UI can say "line 2: 43 of 44 characters". */
function intendedLength(lines: readonly string[]): number {
  if (lines.length === 3) return TD1_LENGTH
  const longest = Math.max(...lines.map((line) => line.length))
  const [td2, td3] = TWO_LINE_LENGTHS as [number, number]
  return Math.abs(longest - td3) <= Math.abs(longest - td2) ? td3 : td2
}

/** A misbehaving reader can send megabytes in one "line": list only this many surplus columns. */
const MAX_SURPLUS_POSITIONS = 64

/**
 * Too long: the surplus columns (the first few). Too short: the first missing column (one past the end),
 * which is where a dropped character shows.
 */
function lineLengthIssue(line: string, index: number, expectedLength: number): MrzIssue {
  const positions =
    line.length > expectedLength
      ? Array.from({ length: Math.min(line.length - expectedLength, MAX_SURPLUS_POSITIONS) }, (_, i) => ({ line: index, column: expectedLength + i }))
      : [{ line: index, column: line.length }]
  return { code: 'wrong-line-length', positions, expected: String(expectedLength), actual: String(line.length) }
}

export function structuralIssues(lines: readonly string[]): MrzIssue[] {
  if (lines.length !== 2 && lines.length !== 3) {
    return [{ code: 'wrong-line-count', positions: [], expected: '2|3', actual: String(lines.length) }]
  }
  const expectedLength = intendedLength(lines)
  return lines.flatMap((line, index) => (line.length === expectedLength ? [] : [lineLengthIssue(line, index, expectedLength)]))
}
