// TD1 document numbers longer than 9 characters (Doc 9303 Part 5, reference §1.2):
// L1 6–14 hold the first 9 characters, L1 15 is '<', and optional data 1 starts with
// the rest of the number followed by its check digit, which covers the whole number.
// The number ends at the first '<', so a filler must separate it from any further optional data.
import type { MrzFieldSpan } from './cells'

export function applyTd1Overflow(spans: MrzFieldSpan[]): MrzFieldSpan[] {
  const numberSpan = spans.find((span) => span.name === 'documentNumber')
  const optionalSpan = spans.find((span) => span.name === 'optionalData1')
  if (!numberSpan || !optionalSpan || numberSpan.checkDigit?.char !== '<') return spans

  const firstFiller = optionalSpan.cells.findIndex((cell) => cell.char === '<')
  const segmentLength = firstFiller === -1 ? optionalSpan.cells.length : firstFiller
  // Need at least one more character plus the digit; otherwise the '<' is just a bad check digit.
  const overflowDigit = optionalSpan.cells[segmentLength - 1]
  if (segmentLength < 2 || overflowDigit === undefined) return spans

  const reassembledNumber: MrzFieldSpan = {
    ...numberSpan,
    cells: [...numberSpan.cells, ...optionalSpan.cells.slice(0, segmentLength - 1)],
    checkDigit: overflowDigit,
  }
  // Skip the separating filler so the remaining optional data reads as written.
  const remainingOptional: MrzFieldSpan = { ...optionalSpan, cells: optionalSpan.cells.slice(segmentLength + 1) }
  return spans.map((span) =>
    span === numberSpan ? reassembledNumber : span === optionalSpan ? remainingOptional : span,
  )
}
