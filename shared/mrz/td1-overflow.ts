// TD1 document numbers longer than 9 characters (Doc 9303 Part 5, reference §1.2):
// L1 6–14 hold the first 9 characters, L1 15 is '<', and optional data 1 starts with
// the rest of the number followed by its check digit, which covers the whole number.
// The number ends at the first '<', so a filler must separate it from any further optional data.
import type { MrzFieldSpan } from './cells'

export function applyTd1Overflow(spans: MrzFieldSpan[]): MrzFieldSpan[] {
  const numberSpan = spans.find((span) => span.name === 'documentNumber')
  const optionalSpan = spans.find((span) => span.name === 'optionalData1')
  if (!numberSpan || !optionalSpan || numberSpan.checkDigit?.char !== '<') return spans

  const firstFiller = optionalSpan.text.indexOf('<')
  const segmentLength = firstFiller === -1 ? optionalSpan.text.length : firstFiller
  // Need at least one more character plus the digit; otherwise the '<' is just a bad check digit.
  const digitPosition = optionalSpan.positions[segmentLength - 1]
  if (segmentLength < 2 || digitPosition === undefined) return spans

  const reassembledNumber: MrzFieldSpan = {
    ...numberSpan,
    text: numberSpan.text + optionalSpan.text.slice(0, segmentLength - 1),
    positions: [...numberSpan.positions, ...optionalSpan.positions.slice(0, segmentLength - 1)],
    checkDigit: { char: optionalSpan.text.charAt(segmentLength - 1), position: digitPosition },
  }
  // Skip the separating filler so the remaining optional data reads as written.
  const remainingOptional: MrzFieldSpan = {
    ...optionalSpan,
    text: optionalSpan.text.slice(segmentLength + 1),
    positions: optionalSpan.positions.slice(segmentLength + 1),
  }
  return spans.map((span) =>
    span === numberSpan ? reassembledNumber : span === optionalSpan ? remainingOptional : span,
  )
}
