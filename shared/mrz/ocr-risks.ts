// Characters whose OCR misreading no check digit can catch (reference §1.1 "blind spots").
// Two characters with the same value mod 10 give the same check digit at any position, so a reader
// that swaps them produces a "valid" MRZ with a wrong document number. Type-driven correction
// (ocr-corrections.ts) cannot help in alphanumeric fields, where both readings are legal: only the
// officer comparing with the printed page can. This lists those cells so the UI can highlight them.
import type { MrzFieldSpan } from './cells'
import { mrzCharValue } from './check-digit'
import type { MrzOcrRisk } from './types'

/**
 * Look-alike pairs in OCR-B that also share a check-digit class
 * (classes: 0 A K U < · 1 B L V · 2 C M W · 3 D N X · 4 E O Y · 5 F P Z · 6 G Q · 7 H R · 8 I S · 9 J T).
 * Only glyphs a reader genuinely confuses; every other pair of a class looks nothing alike.
 */
const LOOK_ALIKE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  // From the reference (§1.1), the classic MRZ OCR confusions:
  ['G', '6'], // the 6's closed bowl vs the G's open one with a spur
  ['S', '8'], // an S whose open ends close up reads as 8
  ['B', '1'], // a B with faint bowls leaves its vertical stem
  ['<', '0'], // a filler chevron on a worn print vs a narrow zero
  // Added from the class table:
  ['L', '1'], // both a single vertical stroke; a clipped or faint foot turns L into 1
  ['K', '<'], // '<' is exactly the right half of K; fillers are often read as K and a weak K stem as '<'
  ['P', 'F'], // P is F with its bowl closed; a break in the bowl (or a filled gap) swaps them
  // Considered and left out (same class, but not look-alikes in OCR-B):
  // Z/5 (diagonal vs vertical stroke and bowl; the real confusions Z↔2, S↔5 are caught),
  // G/Q (open glyph with a spur vs closed oval with a tail), U/0 (straight open vs closed oval),
  // M/W (only alike upside down), J/T, 9/J, Y/4, D/3.
]

/**
 * Look-alikes indexed by character code (MRZ characters are ASCII), built once and checked against
 * the class rule so a wrong pair cannot ship. An array, not a Map: it is read for every character.
 */
const CONFUSABLE_BY_CODE: ReadonlyArray<readonly string[] | undefined> = (() => {
  const table: Array<string[] | undefined> = new Array(128).fill(undefined)
  for (const [a, b] of LOOK_ALIKE_PAIRS) {
    if (mrzCharValue(a) % 10 !== mrzCharValue(b) % 10) throw new Error(`${a}/${b} is not a check-digit blind spot`)
    table[a.charCodeAt(0)] = [...(table[a.charCodeAt(0)] ?? []), b]
    table[b.charCodeAt(0)] = [...(table[b.charCodeAt(0)] ?? []), a]
  }
  return table
})()

/** The look-alikes of `char` that no check digit tells apart from it (empty if none). */
export function invisibleConfusionsOf(char: string): string[] {
  return char.length === 1 ? [...(CONFUSABLE_BY_CODE[char.charCodeAt(0)] ?? [])] : []
}

/**
 * Alphanumeric fields a check digit covers: the document number always; optional data and the
 * personal number through their own digit or the composite. Visa optional data has neither, so
 * nothing there is "invisible to the check digit": it is unprotected altogether.
 */
function isCheckDigitProtected(span: MrzFieldSpan, hasComposite: boolean): boolean {
  return span.kind === 'alnum' && (span.checkDigit !== undefined || hasComposite)
}

/**
 * A filler is only a risk where data could have stood: inside the data or right after it
 * (a final '0' read as '<'). The padding further right is not flagged, or every empty field would light up.
 */
function lastRiskyIndex(text: string): number {
  let lastData = text.length - 1
  while (lastData >= 0 && text.charAt(lastData) === '<') lastData--
  return lastData < 0 ? -1 : Math.min(lastData + 1, text.length - 1)
}

export function ocrRisks(spans: readonly MrzFieldSpan[], hasComposite: boolean): MrzOcrRisk[] {
  const risks: MrzOcrRisk[] = []
  for (const span of spans) {
    if (!isCheckDigitProtected(span, hasComposite)) continue
    const last = lastRiskyIndex(span.text)
    for (let i = 0; i <= last; i++) {
      const confusable = CONFUSABLE_BY_CODE[span.text.charCodeAt(i)]
      const position = span.positions[i]
      if (confusable !== undefined && position !== undefined) {
        risks.push({ field: span.name, position, character: span.text.charAt(i), confusableWith: confusable.slice() })
      }
    }
  }
  return risks
}
