// OCR slip repair driven by the field type only (reference §1.1, §2): where a position can hold only
// digits, a letter is a misread digit; where it can hold only letters, a digit is a misread letter.
// Whether a check digit then passes plays no part: "repairing" until a check digit agrees would
// let the blind spots of §1.1 (G↔6, S↔8, …) turn a misread into a confident wrong answer.
// Alphanumeric fields (document number, optional data, personal number) are never touched:
// there both readings are legal and only the printed page can decide (see ocr-risks.ts).
import { cellAt, type MrzCell, type MrzFieldSpan } from './cells'
import type { MrzCompositeLayout, MrzFieldKind } from './formats'
import type { MrzCorrection } from './types'

/**
 * Letter read where only a digit may stand (dates, check digits, composite digit).
 * cheminfo `autoCorrection.ts`: B→8 G→6 O→0 I→1 S→5 Z→2; PassportEye `MRZOCRCleaner` adds C→0 D→0 Q→0
 * (round glyphs read for a zero). Nothing else: L→1 or T→7 appear in neither reference.
 */
export const OCR_DIGIT_FOR_LETTER: Readonly<Record<string, string>> = {
  B: '8',
  C: '0',
  D: '0',
  G: '6',
  I: '1',
  O: '0',
  Q: '0',
  S: '5',
  Z: '2',
}

/**
 * Digit read where only a letter or '<' may stand (document code, issuing state, nationality, name).
 * PassportEye: 0→O 1→I 2→Z 4→A 5→S 6→G 8→B (cheminfo has the same without 4→A).
 */
export const OCR_LETTER_FOR_DIGIT: Readonly<Record<string, string>> = {
  '0': 'O',
  '1': 'I',
  '2': 'Z',
  '4': 'A',
  '5': 'S',
  '6': 'G',
  '8': 'B',
}

// Cheap whole-text tests so clean fields (nearly all of them) cost one regex each.
const HAS_CORRECTABLE_LETTER = /[BCDGIOQSZ]/
const HAS_CORRECTABLE_DIGIT = /[0124568]/

type Direction = 'to-digit' | 'to-letter' | 'none'

function directionOf(kind: MrzFieldKind): Direction {
  switch (kind) {
    case 'date':
    case 'numeric':
      return 'to-digit'
    case 'alpha':
    case 'name':
    case 'code':
      return 'to-letter'
    default:
      // 'alnum': both readings are legal; 'sex': no digit is a look-alike of M, F, X or '<'.
      return 'none'
  }
}

function correctedText(span: MrzFieldSpan, direction: Direction, out: MrzCorrection[]): string {
  if (direction === 'none') return span.text
  const table = direction === 'to-digit' ? OCR_DIGIT_FOR_LETTER : OCR_LETTER_FOR_DIGIT
  const quickTest = direction === 'to-digit' ? HAS_CORRECTABLE_LETTER : HAS_CORRECTABLE_DIGIT
  if (!quickTest.test(span.text)) return span.text
  let text = ''
  for (let i = 0; i < span.text.length; i++) {
    const original = span.text.charAt(i)
    const corrected = table[original]
    const position = span.positions[i]
    if (corrected !== undefined && position !== undefined) {
      out.push({ field: span.name, position, original, corrected })
      text += corrected
    } else {
      text += original
    }
  }
  return text
}

/** A check digit is numeric whatever the field it guards. */
function correctedDigit(cell: MrzCell, field: MrzCorrection['field'], out: MrzCorrection[]): MrzCell {
  const corrected = OCR_DIGIT_FOR_LETTER[cell.char]
  if (corrected === undefined) return cell
  out.push({ field, position: cell.position, original: cell.char, corrected })
  return { char: corrected, position: cell.position }
}

function applyCorrections(lines: readonly string[], corrections: readonly MrzCorrection[]): string[] {
  const corrected = lines.slice()
  for (const { position, corrected: char } of corrections) {
    const line = corrected[position.line] ?? ''
    corrected[position.line] = line.slice(0, position.column) + char + line.slice(position.column + 1)
  }
  return corrected
}

export interface MrzOcrCorrection {
  spans: MrzFieldSpan[]
  corrections: MrzCorrection[]
  /** `lines` with every correction applied (the composite is evaluated on these). */
  correctedLines: string[]
}

export function correctOcrSlips(
  spans: readonly MrzFieldSpan[],
  composite: MrzCompositeLayout | null,
  lines: readonly string[],
): MrzOcrCorrection {
  const corrections: MrzCorrection[] = []
  const correctedSpans = spans.map((span): MrzFieldSpan => {
    const text = correctedText(span, directionOf(span.kind), corrections)
    const checkDigit = span.checkDigit && correctedDigit(span.checkDigit, span.name, corrections)
    if (text === span.text && checkDigit === span.checkDigit) return span
    return checkDigit ? { ...span, text, checkDigit } : { ...span, text }
  })
  if (composite) correctedDigit(cellAt(lines, composite.line, composite.column), 'composite', corrections)
  return {
    spans: correctedSpans,
    corrections,
    correctedLines: corrections.length === 0 ? lines.slice() : applyCorrections(lines, corrections),
  }
}
